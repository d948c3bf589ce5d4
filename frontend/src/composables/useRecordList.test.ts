import { CanceledError } from 'axios'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import type { PageParams } from '@/api/types'
import type { QueryParams } from '@/api/http-params'
import { emptyQuery, type ListQuery } from '@/lib/listQuery'
import { SEARCH_DEBOUNCE_MS, useRecordList } from './useRecordList'

interface Row {
  id: string
}

type Call = { params: QueryParams & PageParams; signal: AbortSignal }

/** A server whose answers the test releases one by one. */
function deferredServer() {
  const calls: (Call & { answer: (items: string[], next?: string | null) => void })[] = []
  const fetch = vi.fn((params: QueryParams & PageParams, signal: AbortSignal) => {
    return new Promise<{ items: Row[]; nextCursor: string | null }>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new CanceledError()))
      calls.push({
        params,
        signal,
        answer: (items, next = null) =>
          resolve({ items: items.map((id) => ({ id })), nextCursor: next }),
      })
    })
  })
  return { calls, fetch }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
  await nextTick()
}

describe('useRecordList', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits until typing pauses and then searches once', async () => {
    const server = deferredServer()
    const query = ref<ListQuery>(emptyQuery())
    useRecordList(query, server.fetch)

    for (const text of ['a', 'ad', 'ada']) {
      query.value = { ...query.value, q: text }
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS / 2) // a fast typist's burst
    }
    expect(server.fetch).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS)
    expect(server.fetch).toHaveBeenCalledOnce()
    expect(server.calls[0]!.params).toEqual({ q: 'ada', limit: 20 })
  })

  it('asks at once when a filter or the sort changes', async () => {
    const server = deferredServer()
    const query = ref<ListQuery>(emptyQuery())
    useRecordList(query, server.fetch)
    query.value = { ...query.value, sort: '-email', filters: { tag: ['vip'] } }
    await flush()
    expect(server.calls[0]!.params).toEqual({ sort: '-email', tag: ['vip'], limit: 20 })
  })

  it('cancels a stale request so that its late answer is never shown', async () => {
    const server = deferredServer()
    const query = ref<ListQuery>(emptyQuery())
    const list = useRecordList(query, server.fetch)

    query.value = { ...query.value, filters: { ownerId: 'old' } }
    await flush()
    query.value = { ...query.value, filters: { ownerId: 'new' } }
    await flush()
    expect(server.calls[0]!.signal.aborted).toBe(true)

    server.calls[1]!.answer(['new-1'])
    server.calls[0]!.answer(['old-1'])
    await flush()
    expect(list.items.value.map((row) => row.id)).toEqual(['new-1'])
    expect(list.loading.value).toBe(false)
    expect(list.error.value).toBeNull()
  })

  it('pages on with the cursor and the same filters, skipping rows it already shows', async () => {
    const server = deferredServer()
    const query = ref<ListQuery>({ q: '', sort: 'email', filters: {} })
    const list = useRecordList(query, server.fetch)
    void list.reload()
    server.calls[0]!.answer(['1', '2'], 'cursor-2')
    await flush()
    expect(list.hasMore.value).toBe(true)

    void list.loadMore()
    void list.loadMore() // a second scroll event while the first is on its way
    expect(server.fetch).toHaveBeenCalledTimes(2)
    expect(server.calls[1]!.params).toEqual({ sort: 'email', limit: 20, cursor: 'cursor-2' })
    server.calls[1]!.answer(['2', '3'])
    await flush()
    expect(list.items.value.map((row) => row.id)).toEqual(['1', '2', '3'])
    expect(list.hasMore.value).toBe(false)
  })

  it('shows the problem when the list cannot be loaded, and that a short search waits', async () => {
    const query = ref<ListQuery>({ q: 'a', sort: '', filters: {} })
    const list = useRecordList(query, () => Promise.reject(new Error('boom')))
    expect(list.searchTooShort.value).toBe(true)
    await list.reload()
    expect(list.error.value).toBe('Something went wrong on our side. Try again in a moment.')
    expect(list.loaded.value).toBe(false)
  })
})
