import type { Email, PreviewInput, SendEmailInput, Template } from '@/api/communicationRecords'
import { emailError, type FieldErrors } from '@/lib/validation'

/** The records an email is about (at least one; the server takes the address from the contact). */
export interface EmailAbout {
  contactId?: string | null
  companyId?: string | null
  dealId?: string | null
}

/** What the composer's fields hold: the body is plain text, made into HTML when sent. */
export interface EmailDraft {
  to: string
  cc: string[]
  /** '' for none. */
  templateId: string
  subject: string
  body: string
}

export const EMAIL_FIELDS = ['to', 'cc', 'templateId', 'subject', 'body', 'attachmentIds'] as const
export type EmailField = (typeof EMAIL_FIELDS)[number]

/** `cc[2]` and `attachmentIds[0]` are errors of their lists. */
export function emailFieldOf(serverField: string): string {
  return serverField.replace(/\[\d+\]$/, '')
}

/** A reply's subject: "Re: " once, however many times the thread went back and forth. */
export function replySubject(subject: string): string {
  const trimmed = subject.trim()
  return /^re:/i.test(trimmed) ? trimmed : `Re: ${trimmed}`
}

/** Where the server sends a reply when no address is given: the sender of a received email, else its first recipient. */
export function replyAddress(email: Pick<Email, 'kind' | 'fromAddress' | 'to'>): string {
  return email.kind === 'INBOUND' ? email.fromAddress : (email.to[0] ?? '')
}

export function newEmailDraft(replyTo: Pick<Email, 'subject'> | null = null): EmailDraft {
  return {
    to: '',
    cc: [],
    templateId: '',
    subject: replyTo ? replySubject(replyTo.subject) : '',
    body: '',
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}

/**
 * Plain text as the member typed it, as HTML: every character escaped (nothing typed becomes
 * markup), paragraphs (separated by blank lines) in `<p>`, single line breaks as `<br>`.
 * `{{variables}}` pass unchanged: the server fills them in and escapes their values.
 */
export function textToHtml(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').trim()
  if (normalized === '') return ''
  return normalized
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeHtml(line.trimEnd()))
        .join('<br>'),
    )
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n')
}

function records(about: EmailAbout): Pick<SendEmailInput, 'contactId' | 'companyId' | 'dealId'> {
  const result: Pick<SendEmailInput, 'contactId' | 'companyId' | 'dealId'> = {}
  if (about.contactId) result.contactId = about.contactId
  if (about.companyId) result.companyId = about.companyId
  if (about.dealId) result.dealId = about.dealId
  return result
}

/**
 * The subject and body to send: left out when empty (the template's then), the subject also when
 * it is still the chosen template's own (so the template stays in charge of it).
 */
function content(
  draft: EmailDraft,
  template: Pick<Template, 'id' | 'subject'> | null,
): Pick<SendEmailInput, 'templateId' | 'subject' | 'body'> {
  const result: Pick<SendEmailInput, 'templateId' | 'subject' | 'body'> = {}
  const chosen = draft.templateId && template?.id === draft.templateId ? template : null
  if (draft.templateId) result.templateId = draft.templateId
  const subject = draft.subject.trim()
  if (subject && !(chosen && subject === chosen.subject.trim())) result.subject = subject
  const body = textToHtml(draft.body)
  if (body) result.body = body
  return result
}

/** POST /emails/send: only what was filled in, the body as HTML. */
export function toSendInput(
  draft: EmailDraft,
  options: {
    about: EmailAbout
    template?: Pick<Template, 'id' | 'subject'> | null
    replyToEmailId?: string | null
    attachmentIds?: readonly string[]
  },
): SendEmailInput {
  const input: SendEmailInput = {}
  const to = draft.to.trim()
  if (to) input.to = to
  const cc = draft.cc.map((address) => address.trim()).filter(Boolean)
  if (cc.length) input.cc = cc
  Object.assign(input, content(draft, options.template ?? null), records(options.about))
  if (options.replyToEmailId) input.replyToEmailId = options.replyToEmailId
  if (options.attachmentIds?.length) input.attachmentIds = [...options.attachmentIds]
  return input
}

/** The preview asks exactly what sending would use, for the same records. */
export function toPreviewInput(
  draft: EmailDraft,
  about: EmailAbout,
  template: Pick<Template, 'id' | 'subject'> | null = null,
): PreviewInput {
  return { ...content(draft, template), ...records(about) }
}

/** What the composer checks before asking the server (which checks it all again). */
export function validateEmailDraft(draft: EmailDraft): FieldErrors<EmailField> {
  const errors: FieldErrors<EmailField> = {}
  if (draft.to.trim()) {
    const problem = emailError(draft.to)
    if (problem) errors.to = problem
  }
  const badCc = draft.cc.find((address) => emailError(address))
  if (badCc) errors.cc = `"${badCc}" is not an email address.`
  else if (draft.cc.length > 20) errors.cc = 'At most 20 addresses.'
  if (!draft.templateId) {
    if (!draft.subject.trim()) errors.subject = 'Enter a subject, or choose a template.'
    if (!draft.body.trim()) errors.body = 'Write a message, or choose a template.'
  }
  if (/[\r\n]/.test(draft.subject)) errors.subject = 'The subject is one line.'
  return errors
}

/** `text` with `insertion` put where the selection was; `caret` goes right after it. */
export function insertAt(
  text: string,
  start: number | null,
  end: number | null,
  insertion: string,
): { text: string; caret: number } {
  const from = Math.min(Math.max(start ?? text.length, 0), text.length)
  const to = Math.min(Math.max(end ?? from, from), text.length)
  return { text: text.slice(0, from) + insertion + text.slice(to), caret: from + insertion.length }
}

export function variableTag(name: string): string {
  return `{{${name}}}`
}

/** A file's size as it reads: "512 B", "12.4 KB", "3.1 MB". */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value)
  return `${rounded.toLocaleString()} ${units[unit]}`
}
