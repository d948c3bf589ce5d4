import { computed, ref, type Ref } from 'vue'
import { parseProblem } from '@/api/problem'
import type { Page, PageParams } from '@/api/types'

export const DEFAULT_PAGE_SIZE = 20

/** A keyset-paginated list with "Load more": loading, error and empty states included. */
export function useCursorList<T extends { id: string }>(
  fetchPage: (params: PageParams) => Promise<Page<T>>,
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

  async function reload(): Promise<void> {
    loading.value = true
    error.value = null
    moreError.value = null
    try {
      const page = await fetchPage({ limit: pageSize })
      items.value = page.items
      nextCursor.value = page.nextCursor ?? null
      loaded.value = true
    } catch (failure) {
      error.value = parseProblem(failure).detail
    } finally {
      loading.value = false
    }
  }

  async function loadMore(): Promise<void> {
    if (!nextCursor.value || loadingMore.value) return
    loadingMore.value = true
    moreError.value = null
    try {
      const page = await fetchPage({ limit: pageSize, cursor: nextCursor.value })
      const known = new Set(items.value.map((item) => item.id))
      items.value = [...items.value, ...page.items.filter((item) => !known.has(item.id))]
      nextCursor.value = page.nextCursor ?? null
    } catch (failure) {
      moreError.value = parseProblem(failure).detail
    } finally {
      loadingMore.value = false
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
