import { isCancel } from 'axios'
import { computed, ref, type Ref } from 'vue'
import { parseProblem } from '@/api/problem'
import type { Page, PageParams } from '@/api/types'

export const DEFAULT_PAGE_SIZE = 20

/**
 * A keyset-paginated list with "Load more": loading, error and empty states included. A reload
 * cancels the requests still on their way (`signal`), so a late answer never shows.
 */
export function useCursorList<T extends { id: string }>(
  fetchPage: (params: PageParams, signal: AbortSignal) => Promise<Page<T>>,
  pageSize: number = DEFAULT_PAGE_SIZE,
) {
  const items = ref([]) as Ref<T[]>
  const nextCursor = ref<string | null>(null)
  const loaded = ref(false)
  const loading = ref(false)
  const loadingMore = ref(false)
  const error = ref<string | null>(null)
  const moreError = ref<string | null>(null)

  const hasMore = computed(() => nextCursor.value !== null)
  const isEmpty = computed(() => loaded.value && items.value.length === 0)
  let controller = new AbortController()

  async function reload(): Promise<void> {
    controller.abort()
    controller = new AbortController()
    const signal = controller.signal
    loading.value = true
    loadingMore.value = false
    error.value = null
    moreError.value = null
    try {
      const page = await fetchPage({ limit: pageSize }, signal)
      if (signal.aborted) return
      items.value = page.items
      nextCursor.value = page.nextCursor ?? null
      loaded.value = true
    } catch (failure) {
      if (signal.aborted || isCancel(failure)) return
      error.value = parseProblem(failure).detail
    } finally {
      if (!signal.aborted) loading.value = false
    }
  }

  async function loadMore(): Promise<void> {
    if (!nextCursor.value || loadingMore.value || loading.value) return
    const signal = controller.signal
    loadingMore.value = true
    moreError.value = null
    try {
      const page = await fetchPage({ limit: pageSize, cursor: nextCursor.value }, signal)
      if (signal.aborted) return
      const known = new Set(items.value.map((item) => item.id))
      items.value = [...items.value, ...page.items.filter((item) => !known.has(item.id))]
      nextCursor.value = page.nextCursor ?? null
    } catch (failure) {
      if (signal.aborted || isCancel(failure)) return
      moreError.value = parseProblem(failure).detail
    } finally {
      if (!signal.aborted) loadingMore.value = false
    }
  }

  function prepend(item: T): void {
    items.value = [item, ...items.value.filter((existing) => existing.id !== item.id)]
    loaded.value = true
  }

  function replace(item: T): void {
    items.value = items.value.map((existing) => (existing.id === item.id ? item : existing))
  }

  function remove(id: string): void {
    items.value = items.value.filter((existing) => existing.id !== id)
  }

  return {
    items,
    nextCursor,
    loaded,
    loading,
    loadingMore,
    error,
    moreError,
    hasMore,
    isEmpty,
    reload,
    loadMore,
    prepend,
    replace,
    remove,
  }
}
