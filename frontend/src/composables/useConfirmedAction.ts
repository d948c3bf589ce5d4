import { ref } from 'vue'
import { parseProblem } from '@/api/problem'

/** A dangerous action behind a confirm dialog: open, busy, its error, and the confirmation. */
export function useConfirmedAction(action: () => Promise<void>) {
  const open = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)

  function ask(): void {
    error.value = null
    open.value = true
  }

  function close(): void {
    if (!busy.value) open.value = false
  }

  async function confirm(): Promise<void> {
    busy.value = true
    error.value = null
    try {
      await action()
      open.value = false
    } catch (failure) {
      error.value = parseProblem(failure).detail
    } finally {
      busy.value = false
    }
  }

  return { open, busy, error, ask, close, confirm }
}
