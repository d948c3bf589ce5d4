import { describe, expect, it, vi } from 'vitest'
import type { Attachment } from '@/api/communicationRecords'
import { responseError } from '@/testing/axios'
import { anAttachment } from '@/testing/emails'
import { useAttachmentUploads } from './useAttachmentUploads'

const file = (name: string, size = 100) => new File(['x'.repeat(size)], name)

describe('useAttachmentUploads', () => {
  it('uploads each file with its progress, and sends only the uploaded ones', async () => {
    let finish!: (attachment: Attachment) => void
    let progress!: (fraction: number) => void
    const upload = vi.fn((_file: File, options: { onProgress?: (fraction: number) => void }) => {
      progress = options.onProgress!
      return new Promise<Attachment>((resolve) => (finish = resolve))
    })
    const uploads = useAttachmentUploads(upload)

    const done = uploads.add([file('offer.pdf', 300)])
    expect(uploads.uploads.value).toMatchObject([{ name: 'offer.pdf', size: 300, progress: 0 }])
    expect(uploads.busy.value).toBe(true)
    progress(0.5)
    expect(uploads.uploads.value[0]?.progress).toBe(0.5)
    finish(anAttachment('f1', { fileName: 'offer.pdf', size: 300 }))
    await done
    expect(uploads.busy.value).toBe(false)
    expect(uploads.ids.value).toEqual(['f1'])
  })

  it('shows the server’s refusal on the file, and a removed file is not sent', async () => {
    const upload = vi
      .fn()
      .mockRejectedValueOnce(
        responseError(415, {
          code: 'ATTACHMENT_TYPE_REFUSED',
          detail: 'run.exe is a program: it cannot be attached.',
        }),
      )
      .mockResolvedValueOnce(anAttachment('f2'))
    const uploads = useAttachmentUploads(upload)
    await uploads.add([file('run.exe'), file('notes.txt')])

    expect(uploads.uploads.value.map((item) => item.error)).toEqual([
      'run.exe is a program: it cannot be attached.',
      null,
    ])
    expect(uploads.ids.value).toEqual(['f2'])
    expect(uploads.busy.value).toBe(false)

    uploads.remove(uploads.uploads.value[1]!.key)
    expect(uploads.ids.value).toEqual([])
  })
})
