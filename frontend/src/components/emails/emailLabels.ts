import type { Email, EmailStatus } from '@/api/communicationRecords'
import { formatDateTime, formatRelative } from '@/lib/format'

type Tone = 'neutral' | 'brand' | 'success' | 'warning' | 'danger'

/** How each status reads, its badge colour, and what it means. */
export const STATUS_LABELS: Record<EmailStatus, { label: string; tone: Tone; meaning: string }> = {
  QUEUED: { label: 'Queued', tone: 'neutral', meaning: 'Waiting to be sent.' },
  SENT: { label: 'Sent', tone: 'brand', meaning: 'The mail server took it.' },
  DELIVERED: {
    label: 'Delivered',
    tone: 'success',
    meaning: 'The recipient’s mail server reported it delivered.',
  },
  BOUNCED: {
    label: 'Bounced',
    tone: 'danger',
    meaning: 'The recipient’s mail server sent it back.',
  },
  FAILED: { label: 'Not sent', tone: 'danger', meaning: 'Sending was given up.' },
  RECEIVED: { label: 'Received', tone: 'warning', meaning: 'A reply that came in.' },
}

export function statusLabel(status: EmailStatus): string {
  return STATUS_LABELS[status]?.label ?? status
}

/** The sender as a From line reads: `Name <address>`, or the address alone. */
export function fromLine(email: Pick<Email, 'fromName' | 'fromAddress'>): string {
  return email.fromName ? `${email.fromName} <${email.fromAddress}>` : email.fromAddress
}

/**
 * What to say about where the email is, beyond its badge: a retry under way, the reason it failed
 * or bounced; null when there is nothing to add.
 */
export function deliveryNote(
  email: Pick<Email, 'status' | 'attempts' | 'lastError' | 'nextAttemptAt' | 'bounceReason'>,
  now: number = Date.now(),
): { tone: 'info' | 'error'; title: string; text: string } | null {
  switch (email.status) {
    case 'QUEUED': {
      if (email.attempts === 0) {
        return { tone: 'info', title: 'Queued', text: 'It goes out in a moment.' }
      }
      const next = email.nextAttemptAt
        ? `Next try at ${formatDateTime(email.nextAttemptAt)} (${formatRelative(email.nextAttemptAt, now)}).`
        : 'It will be tried again.'
      const error = email.lastError ? `: ${email.lastError}` : ''
      return {
        tone: 'info',
        title: 'Sending again soon',
        text: `Attempt ${email.attempts} failed${error}. ${next}`,
      }
    }
    case 'FAILED':
      return {
        tone: 'error',
        title: 'Not sent',
        text: email.lastError
          ? `Gave up after ${email.attempts} ${email.attempts === 1 ? 'attempt' : 'attempts'}: ${email.lastError}`
          : 'Sending was given up.',
      }
    case 'BOUNCED':
      return {
        tone: 'error',
        title: 'Bounced',
        text: email.bounceReason ?? email.lastError ?? 'The recipient’s mail server sent it back.',
      }
    default:
      return null
  }
}
