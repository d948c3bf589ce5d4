/** Hands a downloaded file to the browser's "save" flow. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Today as YYYY-MM-DD, for file names. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
