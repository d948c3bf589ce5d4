import { refDebounced } from '@vueuse/core'
import { isCancel } from 'axios'
import { computed, ref, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { QueryParams } from '@/api/http-params'
import { parseProblem } from '@/api/problem'
import type { Page, PageParams } from '@/api/types'
import {
  parseListQuery,
  sameQuery,
  searchable,
  toApiParams,
  toRouteQuery,
  type ListQuery,
  type ListQuerySpec,
} from '@/lib/listQuery'
import { DEFAULT_PAGE_SIZE } from './useCursorList'

/**
 * How long typing must pause before the list asks. At a person's pace (~150 ms a key) that is a
 * question a key, each cancelling the answer to the one before; a burst faster than this is one
 * question. Short, so that the answer to the last key is drawn within ~150 ms of it
 * (docs/benchmarks.md, "In the browser").
 */
export const SEARCH_DEBOUNCE_MS = 80

export type FetchRecords<T> = (
  params: QueryParams & PageParams,
  signal: AbortSignal,
) => Promise<Page<T>>

/**
 * A searchable, filterable, keyset-paginated list. Typing in the search waits SEARCH_DEBOUNCE_MS before asking;
 * a newer question cancels the answer to an older one, so results never arrive out of order.
 */
export function useRecordList<T extends { id: string }>(
  query: Ref<ListQuery>,
  fetchPage: FetchRecords<T>,
  { pageSize = DEFAULT_PAGE_SIZE, debounceMs = SEARCH_DEBOUNCE_MS } = {},
) {
  const items = ref([]) as Ref<T[]>
  const nextCursor = ref<string | null>(null)
  const loaded = ref(false)
  const loading = ref(false)
  const loadingMore = ref(false)
  const error = ref<string | null>(null)
  const moreError = ref<string | null>(null)

  const search = computed(() => query.value.q)
  const debouncedSearch = refDebounced(search, debounceMs)
  const params = computed(() => toApiParams({ ...query.value, q: debouncedSearch.value }))
  const paramsKey = computed(() => JSON.stringify(params.value))

  const hasMore = computed(() => nextCursor.value !== null)
  const isEmpty = computed(() => loaded.value && !loading.value && items.value.length === 0)
  /** Text typed but too short to search with. */
  const searchTooShort = computed(() => search.value.trim() !== '' && !searchable(search.value))
  const filtered = computed(() => Object.keys(params.value).some((key) => key !== 'sort'))

  let controller: AbortController | null = null

  function restart(): AbortSignal {
    controller?.abort()
    controller = new AbortController()
    return controller.signal
  }

  async function reload(): Promise<void> {
    const signal = restart()
    loading.value = true
    loadingMore.value = false
    error.value = null
    moreError.value = null
    try {
      const page = await fetchPage({ ...params.value, limit: pageSize }, signal)
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
    const signal = controller?.signal ?? restart()
    loadingMore.value = true
    moreError.value = null
    try {
      const page = await fetchPage(
        { ...params.value, limit: pageSize, cursor: nextCursor.value },
        signal,
      )
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

  function remove(id: string): void {
    items.value = items.value.filter((item) => item.id !== id)
  }

  watch(paramsKey, () => void reload())

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
    searchTooShort,
    filtered,
    reload,
    loadMore,
    remove,
    cancel: () => controller?.abort(),
  }
}

/**
 * The list query of the current page, kept in step with its URL both ways: changing the search,
 * a filter or the sort replaces the URL's query; going back or forward changes the list.
 */
export function useListQueryInUrl(spec: ListQuerySpec): Ref<ListQuery> {
  const route = useRoute()
  const router = useRouter()
  const query = ref(parseListQuery(route.query, spec))

  watch(
    () => route.query,
    (current) => {
      if (!sameQuery(current, toRouteQuery(query.value))) {
        query.value = parseListQuery(current, spec)
      }
    },
  )

  watch(
    query,
    (current) => {
      const wanted = toRouteQuery(current)
      if (!sameQuery(route.query, wanted)) void router.replace({ query: wanted })
    },
    { deep: true },
  )

  return query
}
