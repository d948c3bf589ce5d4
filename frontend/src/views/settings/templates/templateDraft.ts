import type { Template, TemplateInput } from '@/api/communicationRecords'
import type { FieldErrors } from '@/lib/validation'

/** The template form: its values, the server's checks done first, and text insertion at the cursor. */

export interface TemplateValues {
  name: string
  subject: string
  body: string
}

export type TemplateField = keyof TemplateValues

export const TEMPLATE_FIELDS: readonly TemplateField[] = ['name', 'subject', 'body']
export const NAME_MAX = 120
export const SUBJECT_MAX = 300
export const BODY_MAX = 100_000

export function templateValues(template: Template | null): TemplateValues {
  return {
    name: template?.name ?? '',
    subject: template?.subject ?? '',
    body: template?.body ?? '',
  }
}

export function validateTemplate(values: TemplateValues): FieldErrors<TemplateField> {
  const errors: FieldErrors<TemplateField> = {}
  const name = values.name.trim()
  if (name === '') errors.name = 'Give the template a name.'
  else if (name.length > NAME_MAX) errors.name = `Use at most ${NAME_MAX} characters.`
  const subject = values.subject.trim()
  if (subject === '') errors.subject = 'Write a subject.'
  else if (subject.length > SUBJECT_MAX) errors.subject = `Use at most ${SUBJECT_MAX} characters.`
  else if (/[\r\n]/.test(subject)) errors.subject = 'Keep the subject on one line.'
  if (values.body.trim() === '') errors.body = 'Write the email.'
  else if (values.body.length > BODY_MAX) {
    errors.body = `Use at most ${BODY_MAX.toLocaleString('en')} characters.`
  }
  return errors
}

/** What is sent: name and subject trimmed, the body as written; with the version read when editing. */
export function templateInput(values: TemplateValues, original: Template | null): TemplateInput {
  const input: TemplateInput = {
    name: values.name.trim(),
    subject: values.subject.trim(),
    body: values.body,
  }
  return original ? { ...input, version: original.version } : input
}

/** Whether there is enough to preview: a subject or a body. */
export function previewable(values: Pick<TemplateValues, 'subject' | 'body'>): boolean {
  return values.subject.trim() !== '' || values.body.trim() !== ''
}
