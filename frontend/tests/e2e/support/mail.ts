import type { Page } from '@playwright/test'

const MAIL_API = process.env.CRM_MAIL_API_URL ?? 'http://127.0.0.1:8025'

interface SinkMessage {
  subject: string
  text: string
  html: string
}

/**
 * The link to `path` (e.g. `/reset-password`) in the newest email to `address` that carries one
 * (and has the `subject`, when given), asking the local SMTP sink until it came (30 s).
 */
export async function emailedLink(
  page: Page,
  address: string,
  path: string,
  subject?: string,
): Promise<URL> {
  const link = new RegExp(`(https?://[^\\s<>"']*${path.replaceAll('/', '\\/')}\\?[^\\s<>"']+)`)
  const deadline = Date.now() + 30_000
  for (;;) {
    const response = await page.request.get(
      `${MAIL_API}/api/messages?to=${encodeURIComponent(address)}`,
    )
    if (response.ok()) {
      const messages = (await response.json()) as SinkMessage[]
      for (const message of [...messages].reverse()) {
        if (subject !== undefined && message.subject !== subject) continue
        const body = `${message.text ?? ''}\n${(message.html ?? '').replaceAll('&amp;', '&')}`
        const match = link.exec(body)
        if (match) return new URL(match[1]!)
      }
    }
    if (Date.now() > deadline) throw new Error(`no email with a ${path} link for ${address}`)
    await page.waitForTimeout(500)
  }
}
