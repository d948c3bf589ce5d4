import { isCancel } from 'axios'
import { onBeforeUnmount, ref } from 'vue'
import { getEmail } from '@/api/communications'
import type { Email } from '@/api/communicationRecords'
import { parseProblem } from '@/api/problem'

export const EMAIL_POLL_MS = 3000

/**
 * One email, asked again every few seconds while it is QUEUED (its attempts and errors change,
 * then its status); asking stops once it has left the queue, on another `load`, and on unmount.
 */
export function useEmail(
  fetchEmail: (id: string, signal?: AbortSignal) => Promise<Email> = getEmail,
  intervalMs: number = EMAIL_POLL_MS,
) {
  const email = ref<Email | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const notFound = ref(false)
  const polling = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  function stop(): void {
    if (timer) clearTimeout(timer)
    timer = null
    controller?.abort()
    controller = null
    polling.value = false
  }

  function schedule(id: string): void {
    polling.value = email.value?.status === 'QUEUED'
    if (polling.value) timer = setTimeout(() => void fetchOnce(id, false), intervalMs)
  }

  async function fetchOnce(id: string, first: boolean): Promise<void> {
    const current = new AbortController()
    controller = current
    timer = null
    try {
      const loaded = await fetchEmail(id, current.signal)
      if (current.signal.aborted) return
      email.value = loaded
      error.value = null
    } catch (failure) {
      if (current.signal.aborted || isCancel(failure)) return
      const problem = parseProblem(failure)
      // While following, a lost answer keeps what is shown and asks again; a gone email does not.
      if (first || problem.status === 404) {
        notFound.value = problem.status === 404
        error.value = problem.detail
        if (notFound.value) email.value = null
        polling.value = false
        return
      }
    } finally {
      if (first && !current.signal.aborted) loading.value = false
    }
    schedule(id)
  }

  /** Shows `id` (a fresh load), following it while it is queued. */
  function load(id: string): Promise<void> {
    stop()
    loading.value = true
    error.value = null
    notFound.value = false
    if (email.value?.id !== id) email.value = null
    return fetchOnce(id, true)
  }

  onBeforeUnmount(stop)

  return { email, loading, error, notFound, polling, load, stop }
}
