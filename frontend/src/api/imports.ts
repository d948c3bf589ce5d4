import { http } from './http'
import { id } from './http-params'
import type { ImportJob, ImportMapping, ImportPreview } from './records'

// Uploads may be large and slow: no client timeout.
const UPLOAD = { timeout: 0 }

export async function previewImport(file: File): Promise<ImportPreview> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<ImportPreview>('/api/contacts/import/preview', form, UPLOAD)
  return data
}

/** Starts a job (202); `dryRun` reports what would happen without writing anything. */
export async function startImport(
  file: File,
  mapping: ImportMapping,
  dryRun: boolean,
): Promise<Pick<ImportJob, 'id' | 'status'>> {
  const form = new FormData()
  form.append('file', file)
  form.append('mapping', JSON.stringify(mapping))
  if (dryRun) form.append('dryRun', 'true')
  const { data } = await http.post<Pick<ImportJob, 'id' | 'status'>>(
    '/api/contacts/import',
    form,
    UPLOAD,
  )
  return data
}

export async function getImport(jobId: string): Promise<ImportJob> {
  const { data } = await http.get<ImportJob>(`/api/contacts/import/${id(jobId)}`)
  return data
}

export async function downloadImportErrors(jobId: string): Promise<Blob> {
  const { data } = await http.get<Blob>(`/api/contacts/import/${id(jobId)}/errors`, {
    responseType: 'blob',
    headers: { Accept: 'text/csv' },
  })
  return data
}
