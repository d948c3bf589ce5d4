import type {
  CommunicationSettings,
  CommunicationSettingsPatch,
  WonDealFollowUp,
} from '@/api/communicationRecords'
import { isEmail } from '@/lib/formats'
import type { FieldErrors } from '@/lib/validation'

/** The email settings form: its values, client checks (as the server's) and the merge patch it sends. */

export interface EmailSettingsValues {
  senderName: string
  replyTo: string
  trackingEnabled: boolean
  wonDealFollowUp: WonDealFollowUp
  /** As typed: 0 to 90. */
  followUpDueDays: string
  /** '' for none. */
  followUpTemplateId: string
}

export type EmailSettingsField = Exclude<keyof EmailSettingsValues, 'trackingEnabled'>

export const EMAIL_SETTINGS_FIELDS: readonly EmailSettingsField[] = [
  'senderName',
  'replyTo',
  'wonDealFollowUp',
  'followUpDueDays',
  'followUpTemplateId',
]

export const SENDER_NAME_MAX = 100
export const FOLLOW_UP_DAYS_MAX = 90

export const FOLLOW_UP_OPTIONS: readonly { value: WonDealFollowUp; label: string }[] = [
  { value: 'NONE', label: 'Nothing' },
  { value: 'TASK', label: "A task for the deal's owner" },
  { value: 'TASK_AND_EMAIL', label: "A task, and an email to the deal's contact" },
]

export function valuesOf(settings: CommunicationSettings): EmailSettingsValues {
  return {
    senderName: settings.senderName ?? '',
    replyTo: settings.replyTo ?? '',
    trackingEnabled: settings.trackingEnabled,
    wonDealFollowUp: settings.wonDealFollowUp,
    followUpDueDays: String(settings.followUpDueDays),
    followUpTemplateId: settings.followUpTemplateId ?? '',
  }
}

export function validateEmailSettings(
  values: EmailSettingsValues,
): FieldErrors<EmailSettingsField> {
  const errors: FieldErrors<EmailSettingsField> = {}
  const senderName = values.senderName.trim()
  if (senderName.length > SENDER_NAME_MAX) {
    errors.senderName = `Use at most ${SENDER_NAME_MAX} characters.`
  } else if (/["<>\r\n]/.test(senderName)) {
    errors.senderName = 'Use a plain name, without quotes or angle brackets.'
  }
  const replyTo = values.replyTo.trim()
  if (replyTo !== '' && !isEmail(replyTo)) {
    errors.replyTo = 'Enter an email address, like sales@example.com, or leave it empty.'
  }
  if (values.wonDealFollowUp !== 'NONE') {
    const days = values.followUpDueDays.trim()
    if (!/^\d+$/.test(days) || Number(days) > FOLLOW_UP_DAYS_MAX) {
      errors.followUpDueDays = `Enter a number of days from 0 to ${FOLLOW_UP_DAYS_MAX}.`
    }
  }
  if (values.wonDealFollowUp === 'TASK_AND_EMAIL' && values.followUpTemplateId === '') {
    errors.followUpTemplateId = 'Choose the template to send.'
  }
  return errors
}

/**
 * What changed, as a merge patch with the `version` read (a stale one is a 409). Empty texts are
 * null (the organization's name, the sender's own address); the due days and template are kept
 * as saved while no follow-up uses them.
 */
export function settingsPatch(
  values: EmailSettingsValues,
  saved: CommunicationSettings,
): CommunicationSettingsPatch {
  const patch: CommunicationSettingsPatch = {}
  const senderName = values.senderName.trim() || null
  if (senderName !== saved.senderName) patch.senderName = senderName
  const replyTo = values.replyTo.trim() || null
  if (replyTo !== saved.replyTo) patch.replyTo = replyTo
  if (values.trackingEnabled !== saved.trackingEnabled) {
    patch.trackingEnabled = values.trackingEnabled
  }
  if (values.wonDealFollowUp !== saved.wonDealFollowUp) {
    patch.wonDealFollowUp = values.wonDealFollowUp
  }
  if (values.wonDealFollowUp !== 'NONE') {
    const days = Number(values.followUpDueDays.trim())
    if (days !== saved.followUpDueDays) patch.followUpDueDays = days
  }
  const templateId = values.followUpTemplateId || null
  if (values.wonDealFollowUp === 'TASK_AND_EMAIL' && templateId !== saved.followUpTemplateId) {
    patch.followUpTemplateId = templateId
  }
  return { ...patch, version: saved.version }
}

/** Whether the patch changes anything beyond its version. */
export function changesSomething(patch: CommunicationSettingsPatch): boolean {
  return Object.keys(patch).some((key) => key !== 'version')
}
