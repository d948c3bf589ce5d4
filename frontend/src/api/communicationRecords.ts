// Shapes of the communication-service's email side (docs/api/communications.md); keep them in step with
// its response records (EmailView, TemplateView, CommunicationSettingsView, Suppression, AttachmentView).

export type EmailStatus = 'QUEUED' | 'SENT' | 'DELIVERED' | 'BOUNCED' | 'FAILED' | 'RECEIVED'
export type EmailKind = 'MEMBER' | 'SYSTEM' | 'INBOUND'

export interface EmailEngagementEvent {
  kind: 'OPEN' | 'CLICK'
  url: string | null
  userAgent: string | null
  /** Likely a privacy proxy or scanner, not a person: shown apart, not counted as an open. */
  machine: boolean
  at: string
}

export interface EmailEngagement {
  opens: number
  clicks: number
  machineOpens: number
  machineClicks: number
  firstOpenedAt: string | null
  lastOpenedAt: string | null
  recent: EmailEngagementEvent[]
}

export interface Email {
  id: string
  kind: EmailKind
  status: EmailStatus
  fromName: string | null
  fromAddress: string
  replyTo: string | null
  to: string[]
  cc: string[]
  subject: string
  /** Sanitized by the server; still render it only in a sandboxed iframe. */
  html: string
  text: string
  messageId: string
  inReplyTo: string | null
  threadId: string
  attempts: number
  nextAttemptAt: string | null
  lastError: string | null
  sentAt: string | null
  deliveredAt: string | null
  bounceReason: string | null
  tracking: boolean
  contactId: string | null
  companyId: string | null
  dealId: string | null
  activityId: string | null
  sentBy: string | null
  createdAt: string
  updatedAt: string
  /** Null in the answer to a send (nothing has happened yet) and in thread lists. */
  engagement: EmailEngagement | null
}

/** POST /api/communications/emails/send: a template, or a subject and an HTML body (they win over the template's). */
export interface SendEmailInput {
  to?: string
  cc?: string[]
  templateId?: string
  subject?: string
  body?: string
  contactId?: string
  companyId?: string
  dealId?: string
  replyToEmailId?: string
  attachmentIds?: string[]
}

export interface Template {
  id: string
  name: string
  subject: string
  /** HTML with {{variables}}, stored as written (never render it as HTML: preview it instead). */
  body: string
  createdBy: string | null
  updatedBy: string | null
  createdAt: string
  updatedAt: string
  version: number
}

export interface TemplateInput {
  name: string
  subject: string
  body: string
  version?: number
}

export interface PreviewInput {
  templateId?: string
  subject?: string
  body?: string
  contactId?: string
  companyId?: string
  dealId?: string
}

/** Exactly what would be sent: the filled subject, the sanitized HTML, its plain text, the variables without a value. */
export interface Preview {
  subject: string
  html: string
  text: string
  missing: string[]
}

export type WonDealFollowUp = 'NONE' | 'TASK' | 'TASK_AND_EMAIL'

export interface CommunicationSettings {
  senderName: string | null
  replyTo: string | null
  trackingEnabled: boolean
  wonDealFollowUp: WonDealFollowUp
  followUpDueDays: number
  followUpTemplateId: string | null
  updatedBy: string | null
  updatedAt: string
  version: number
}

export type CommunicationSettingsPatch = Partial<
  Pick<
    CommunicationSettings,
    | 'senderName'
    | 'replyTo'
    | 'trackingEnabled'
    | 'wonDealFollowUp'
    | 'followUpDueDays'
    | 'followUpTemplateId'
    | 'version'
  >
>

export type SuppressionReason = 'UNSUBSCRIBED' | 'BOUNCED' | 'MANUAL'

export interface Suppression {
  address: string
  reason: SuppressionReason
  emailId: string | null
  createdBy: string | null
  createdAt: string
}

export interface Attachment {
  id: string
  fileName: string
  contentType: string
  size: number
  sha256: string
  emailId: string | null
  activityId: string | null
  createdBy: string | null
  createdAt: string
}

/**
 * How many emails the organization may still send. Until an admin confirms their address a new
 * organization sends at most `limit` emails in any 24 hours; `resetsAt` is when the oldest counted
 * one leaves that window (null when none is counted, or once confirmed).
 */
export interface SendingQuota {
  confirmed: boolean
  limit: number
  used: number
  resetsAt: string | null
}
