import { onBeforeUnmount, ref } from 'vue'
import { getImport } from '@/api/imports'
import { parseProblem } from '@/api/problem'
import type { ImportJob } from '@/api/records'

export const POLL_INTERVAL_MS = 1000

const finished = (job: ImportJob) => job.status === 'COMPLETED' || job.status === 'FAILED'

/** Follows an import job, asking every second until it is COMPLETED or FAILED. */
export function useImportJob(fetchJob: (id: string) => Promise<ImportJob> = getImport) {
  const job = ref<ImportJob | null>(null)
  const error = ref<string | null>(null)
  const watching = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let current: string | null = null

  function stop(): void {
    if (timer) clearTimeout(timer)
    timer = null
    current = null
    watching.value = false
  }

  async function poll(id: string, failures: number): Promise<void> {
    if (current !== id) return
    try {
      const latest = await fetchJob(id)
      if (current !== id) return
      job.value = latest
      error.value = null
      if (finished(latest)) {
        stop()
        return
      }
      failures = 0
    } catch (failure) {
      if (current !== id) return
      // A lost answer or two is no reason to give up on a long import.
      if (failures >= 4) {
        error.value = parseProblem(failure).detail
        stop()
        return
      }
      failures += 1
    }
    timer = setTimeout(() => void poll(id, failures), POLL_INTERVAL_MS)
  }

  /** Starts following `id`; resolves once the first answer is in. */
  function follow(id: string): Promise<void> {
    stop()
    current = id
    job.value = null
    error.value = null
    watching.value = true
    return poll(id, 0)
  }

  onBeforeUnmount(stop)

  return { job, error, watching, follow, stop }
}
