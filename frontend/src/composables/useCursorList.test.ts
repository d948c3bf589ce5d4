import { describe, expect, it, vi } from 'vitest'
import type { Page, PageParams } from '@/api/types'
import { networkError } from '@/testing/axios'
import { useCursorList } from './useCursorList'

type Item = { id: string }
const page = (ids: string[], nextCursor: string | null): Page<Item> => ({
  items: ids.map((id) => ({ id })),
  nextCursor,
})

describe('useCursorList', () => {
  it('loads the first page, then the next with the cursor, without duplicates', async () => {
    const fetchPage = vi.fn((params: PageParams) =>
      Promise.resolve(params.cursor ? page(['b', 'c'], null) : page(['a', 'b'], 'cursor-2')),
    )
    const list = useCursorList(fetchPage, 2)

    await list.reload()
    expect(fetchPage).toHaveBeenLastCalledWith({ limit: 2 }, expect.any(AbortSignal))
    expect(list.hasMore.value).toBe(true)

    await list.loadMore()
    expect(fetchPage).toHaveBeenLastCalledWith(
      { limit: 2, cursor: 'cursor-2' },
      expect.any(AbortSignal),
    )
    expect(list.items.value.map((item) => item.id)).toEqual(['a', 'b', 'c'])
    expect(list.hasMore.value).toBe(false)

    await list.loadMore()
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('tells an empty list from one still loading', async () => {
    const list = useCursorList(() => Promise.resolve(page([], null)))
    expect(list.isEmpty.value).toBe(false)
    const loading = list.reload()
    expect(list.loading.value).toBe(true)
    await loading
    expect(list.loading.value).toBe(false)
    expect(list.isEmpty.value).toBe(true)
  })

  it('reports a failure in words and keeps what was loaded', async () => {
    const fetchPage = vi
      .fn<(params: PageParams) => Promise<Page<Item>>>()
      .mockResolvedValueOnce(page(['a'], 'next'))
      .mockRejectedValueOnce(networkError())
    const list = useCursorList(fetchPage)

    await list.reload()
    await list.loadMore()

    expect(list.items.value).toEqual([{ id: 'a' }])
    expect(list.moreError.value).toBe(
      'Cannot reach the server. Check your connection and try again.',
    )
    expect(list.hasMore.value).toBe(true)
  })

  it('updates rows in place', async () => {
    const list = useCursorList(() => Promise.resolve(page(['a', 'b'], null)))
    await list.reload()
    list.prepend({ id: 'c' })
    list.remove('a')
    expect(list.items.value.map((item) => item.id)).toEqual(['c', 'b'])
  })

  it('drops the answers of a list asked for before the latest reload', async () => {
    const answers: ((page: Page<Item>) => void)[] = []
    const signals: AbortSignal[] = []
    const list = useCursorList((_params, signal) => {
      signals.push(signal)
      return new Promise<Page<Item>>((resolve) => answers.push(resolve))
    })

    const first = list.reload()
    const second = list.reload()
    expect(signals[0]!.aborted).toBe(true)
    answers[1]!(page(['new'], null))
    answers[0]!(page(['old'], 'stale'))
    await Promise.all([first, second])

    expect(list.items.value).toEqual([{ id: 'new' }])
    expect(list.hasMore.value).toBe(false)
    expect(list.loading.value).toBe(false)
  })
})
