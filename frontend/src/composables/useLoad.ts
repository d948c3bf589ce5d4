import { isCancel } from 'axios'
import { ref, type Ref } from 'vue'
import { parseProblem } from '@/api/problem'

/**
 * Something loaded from the server: the data, whether it is loading, and the failure in words.
 * A new `load` cancels the one before (AbortController), so a late answer never shows.
 */
export function useLoad<T, A extends unknown[] = []>(
  fetch: (signal: AbortSignal, ...args: A) => Promise<T>,
) {
  const data = ref(null) as Ref<T | null>
  const loading = ref(false)
  const error = ref<string | null>(null)
  let controller: AbortController | null = null

  async function load(...args: A): Promise<void> {
    controller?.abort()
    controller = new AbortController()
    const signal = controller.signal
    loading.value = true
    error.value = null
    try {
      const result = await fetch(signal, ...args)
      if (!signal.aborted) data.value = result
    } catch (failure) {
      if (!signal.aborted && !isCancel(failure)) error.value = parseProblem(failure).detail
    } finally {
      if (!signal.aborted) loading.value = false
    }
  }

  return { data, loading, error, load }
}
