import { onBeforeUnmount, ref } from 'vue'

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  try {
    return document.execCommand('copy')
  } finally {
    area.remove()
  }
}

/** Copies text, also where the async Clipboard API is missing (plain-HTTP origins). */
export function useClipboard(resetAfterMs = 2500) {
  const copied = ref(false)
  const failed = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined

  async function copy(text: string): Promise<void> {
    failed.value = false
    let ok: boolean
    try {
      await navigator.clipboard.writeText(text)
      ok = true
    } catch {
      ok = copyWithSelection(text)
    }
    copied.value = ok
    failed.value = !ok
    clearTimeout(timer)
    if (ok) timer = setTimeout(() => (copied.value = false), resetAfterMs)
  }

  onBeforeUnmount(() => clearTimeout(timer))

  return { copied, failed, copy }
}
