import type {
  Attachment,
  CommunicationSettings,
  CommunicationSettingsPatch,
  Email,
  Preview,
  PreviewInput,
  SendEmailInput,
  SendingQuota,
  Suppression,
  Template,
  TemplateInput,
} from './communicationRecords'
import { http } from './http'
import { id, MERGE_PATCH } from './http-params'
import type { Page } from './types'

const BASE = '/api/communications'

/** Queues an email (202): it is sent in the background; follow its status with getEmail. */
export async function sendEmail(input: SendEmailInput): Promise<Email> {
  const { data } = await http.post<Email>(`${BASE}/emails/send`, input)
  return data
}

/** The organization's sending limit while no admin has confirmed their address; any member may ask. */
export async function getSendingQuota(): Promise<SendingQuota> {
  const { data } = await http.get<SendingQuota>('/api/communications/sending-quota')
  return data
}

export async function getEmail(emailId: string, signal?: AbortSignal): Promise<Email> {
  const { data } = await http.get<Email>(`${BASE}/emails/${id(emailId)}`, { signal })
  return data
}

/** The email's thread, oldest first: what was sent and what came back. */
export async function getThread(emailId: string, signal?: AbortSignal): Promise<Page<Email>> {
  const { data } = await http.get<Page<Email>>(`${BASE}/emails/${id(emailId)}/thread`, { signal })
  return data
}

export async function listTemplates(signal?: AbortSignal): Promise<Page<Template>> {
  const { data } = await http.get<Page<Template>>(`${BASE}/templates`, { signal })
  return data
}

export async function getTemplate(templateId: string): Promise<Template> {
  const { data } = await http.get<Template>(`${BASE}/templates/${id(templateId)}`)
  return data
}

/** The variables a template or an email may use, e.g. `contact.firstName`. */
export async function listTemplateVariables(): Promise<string[]> {
  const { data } = await http.get<{ items: string[] }>(`${BASE}/templates/variables`)
  return data.items
}

export async function createTemplate(input: TemplateInput): Promise<Template> {
  const { data } = await http.post<Template>(`${BASE}/templates`, input)
  return data
}

export async function patchTemplate(
  templateId: string,
  patch: Partial<TemplateInput>,
): Promise<Template> {
  const { data } = await http.patch<Template>(`${BASE}/templates/${id(templateId)}`, patch, {
    headers: MERGE_PATCH,
  })
  return data
}

export async function deleteTemplate(templateId: string): Promise<void> {
  await http.delete(`${BASE}/templates/${id(templateId)}`)
}

/** Exactly what would be sent for these records (a template, or a subject and body being written). */
export async function previewEmail(input: PreviewInput, signal?: AbortSignal): Promise<Preview> {
  const { data } = await http.post<Preview>(`${BASE}/templates/preview`, input, { signal })
  return data
}

export async function getCommunicationSettings(): Promise<CommunicationSettings> {
  const { data } = await http.get<CommunicationSettings>(`${BASE}/settings`)
  return data
}

export async function patchCommunicationSettings(
  patch: CommunicationSettingsPatch,
): Promise<CommunicationSettings> {
  const { data } = await http.patch<CommunicationSettings>(`${BASE}/settings`, patch, {
    headers: MERGE_PATCH,
  })
  return data
}

/** Admins: the address a mail provider's inbound webhook posts received mail to. */
export async function getInboundAddress(): Promise<string> {
  const { data } = await http.get<{ url: string }>(`${BASE}/inbound-address`)
  return data.url
}

export async function listSuppressions(
  params: { q?: string; limit?: number; cursor?: string } = {},
  signal?: AbortSignal,
): Promise<Page<Suppression>> {
  const { data } = await http.get<Page<Suppression>>(`${BASE}/suppressions`, { params, signal })
  return data
}

export async function addSuppression(address: string): Promise<Suppression> {
  const { data } = await http.post<Suppression>(`${BASE}/suppressions`, { address })
  return data
}

export async function removeSuppression(address: string): Promise<void> {
  await http.delete(`${BASE}/suppressions/${encodeURIComponent(address)}`)
}

/** Uploads a file for an email about to be sent, or onto an activity; reports progress 0..1. */
export async function uploadAttachment(
  file: File,
  options: { activityId?: string; onProgress?: (fraction: number) => void } = {},
): Promise<Attachment> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<Attachment>(`${BASE}/attachments`, form, {
    params: options.activityId ? { activityId: options.activityId } : undefined,
    onUploadProgress: (e) => options.onProgress?.(e.total ? e.loaded / e.total : 0),
  })
  return data
}

export async function listAttachments(
  of: { emailId: string } | { activityId: string },
): Promise<Page<Attachment>> {
  const { data } = await http.get<Page<Attachment>>(`${BASE}/attachments`, { params: of })
  return data
}

/** Where the browser downloads an attachment (the request needs the session's token: fetch it as a blob). */
export async function downloadAttachment(attachmentId: string): Promise<Blob> {
  const { data } = await http.get<Blob>(`${BASE}/attachments/${id(attachmentId)}`, {
    responseType: 'blob',
  })
  return data
}
