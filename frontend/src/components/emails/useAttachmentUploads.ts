import { computed, ref } from 'vue'
import { uploadAttachment } from '@/api/communications'
import type { Attachment } from '@/api/communicationRecords'
import { parseProblem } from '@/api/problem'

/** A file chosen for the email: on its way (progress 0..1), uploaded, or refused with the server's words. */
export interface Upload {
  key: number
  name: string
  size: number
  progress: number
  attachment: Attachment | null
  error: string | null
}

type UploadFile = (
  file: File,
  options: { onProgress?: (fraction: number) => void },
) => Promise<Attachment>

/**
 * The files of an email being written: each uploads as soon as it is chosen (the server checks its
 * type and size from the bytes and answers 413/415 with a message), and may be removed before sending.
 */
export function useAttachmentUploads(upload: UploadFile = uploadAttachment) {
  const uploads = ref<Upload[]>([])
  let nextKey = 0

  function find(key: number): Upload | undefined {
    return uploads.value.find((item) => item.key === key)
  }

  async function start(file: File): Promise<void> {
    const key = nextKey++
    uploads.value = [
      ...uploads.value,
      { key, name: file.name, size: file.size, progress: 0, attachment: null, error: null },
    ]
    try {
      const attachment = await upload(file, {
        onProgress: (fraction) => {
          const item = find(key)
          if (item) item.progress = Math.min(1, Math.max(0, fraction))
        },
      })
      const item = find(key)
      if (item) {
        item.attachment = attachment
        item.progress = 1
        item.size = attachment.size
      }
    } catch (failure) {
      const item = find(key)
      if (item) item.error = parseProblem(failure).detail
    }
  }

  /** Uploads every file given (from the file input or a drop); resolves when all are done. */
  function add(files: Iterable<File>): Promise<void> {
    return Promise.all(Array.from(files, start)).then(() => undefined)
  }

  /** Takes a file off the email (an upload still on its way is dropped when it ends). */
  function remove(key: number): void {
    uploads.value = uploads.value.filter((item) => item.key !== key)
  }

  function reset(): void {
    uploads.value = []
  }

  const ids = computed(() =>
    uploads.value.flatMap((item) => (item.attachment ? [item.attachment.id] : [])),
  )
  const busy = computed(() => uploads.value.some((item) => !item.attachment && !item.error))

  return { uploads, ids, busy, add, remove, reset }
}
