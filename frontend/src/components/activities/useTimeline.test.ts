import { describe, expect, it, vi } from 'vitest'
import type { Activity, TimelineOf, TimelineParams } from '@/api/activityRecords'
import type { Page } from '@/api/types'
import { anActivity, aRecordedNote } from '@/testing/activities'
import { comesBefore, useTimeline } from './useTimeline'

const at = (id: string, day: number, overrides: Partial<Activity> = {}) =>
  anActivity(id, { occurredAt: `2026-11-${String(day).padStart(2, '0')}T12:00:00Z`, ...overrides })

const page = (items: Activity[], nextCursor: string | null = null): Page<Activity> => ({
  items,
  nextCursor,
})

type Params = TimelineOf & TimelineParams

describe('useTimeline', () => {
  it('asks for the record’s timeline and keeps the chosen types on every page', async () => {
    const fetch = vi.fn((params: Params) =>
      Promise.resolve(
        params.cursor ? page([at('a3', 3, { type: 'CALL' })]) : page([at('a9', 9)], 'next'),
      ),
    )
    const timeline = useTimeline(() => ({ contactId: 'c1' }), fetch, 1)

    await timeline.toggle('CALL')
    await timeline.toggle('NOTE')
    expect(timeline.types.value).toEqual(['CALL', 'NOTE'])
    expect(fetch).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 1, type: ['CALL', 'NOTE'] },
      expect.any(AbortSignal),
    )

    await timeline.loadMore()
    expect(fetch).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 1, cursor: 'next', type: ['CALL', 'NOTE'] },
      expect.any(AbortSignal),
    )
    expect(timeline.items.value.map((a) => a.id)).toEqual(['a9', 'a3'])
  })

  it('starts again from the first page when the types change, dropping the older answer', async () => {
    const answers: ((page: Page<Activity>) => void)[] = []
    const fetch = vi.fn(() => new Promise<Page<Activity>>((resolve) => answers.push(resolve)))
    const timeline = useTimeline(() => ({ dealId: 'd1' }), fetch)

    const all = timeline.reload()
    const calls = timeline.toggle('CALL')
    answers[1]!(page([at('call', 5, { type: 'CALL' })]))
    answers[0]!(page([at('note', 6), at('call', 5, { type: 'CALL' })], 'stale'))
    await Promise.all([all, calls])

    expect(timeline.items.value.map((a) => a.id)).toEqual(['call'])
    expect(timeline.hasMore.value).toBe(false)
    expect(timeline.filtered.value).toBe(true)

    const everything = timeline.setTypes([])
    answers[2]!(page([]))
    await everything
    expect(fetch).toHaveBeenLastCalledWith(
      { dealId: 'd1', limit: 20, type: [] },
      expect.any(AbortSignal),
    )
    expect(timeline.filtered.value).toBe(false)
  })

  it('puts a logged activity where its time belongs, or leaves it to a page not loaded yet', async () => {
    const fetch = vi.fn(() => Promise.resolve(page([at('a9', 9), at('a5', 5)], 'more')))
    const timeline = useTimeline(() => ({ contactId: 'c1' }), fetch)
    await timeline.reload()

    timeline.place(at('new', 20))
    timeline.place(at('mid', 7))
    timeline.place(at('old', 1))
    expect(timeline.items.value.map((a) => a.id)).toEqual(['new', 'a9', 'mid', 'a5'])

    // An edit that moves it in time moves it on the timeline.
    timeline.place(at('new', 6))
    expect(timeline.items.value.map((a) => a.id)).toEqual(['a9', 'mid', 'new', 'a5'])
  })

  it('leaves out what the type filter hides', async () => {
    const fetch = vi.fn(() => Promise.resolve(page([at('c1', 9, { type: 'CALL' })])))
    const timeline = useTimeline(() => ({ contactId: 'c1' }), fetch)
    await timeline.toggle('CALL')

    timeline.place(at('note', 10))
    timeline.place(at('call', 10, { type: 'CALL' }))
    expect(timeline.items.value.map((a) => a.id)).toEqual(['call', 'c1'])
    expect(timeline.shows(at('note', 10))).toBe(false)
  })

  it('orders as the server does: newest first, then by id', () => {
    expect(comesBefore(at('a', 2), at('b', 1))).toBe(true)
    expect(comesBefore(at('b', 1), at('a', 1))).toBe(true)
    expect(comesBefore(at('a', 1), at('b', 1))).toBe(false)
  })

  it('leaves the system entries out on every page once hidden, and keeps them out when placing', async () => {
    const fetch = vi.fn((params: Params) =>
      Promise.resolve(params.cursor ? page([at('a3', 3)]) : page([at('a9', 9)], 'next')),
    )
    const timeline = useTimeline(() => ({ contactId: 'c1' }), fetch, 1)

    await timeline.setHidesSystem(true)
    expect(fetch).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 1, type: [], kind: ['LOGGED'] },
      expect.any(AbortSignal),
    )
    await timeline.loadMore()
    expect(fetch).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 1, cursor: 'next', type: [], kind: ['LOGGED'] },
      expect.any(AbortSignal),
    )
    timeline.place(aRecordedNote('s1', 'Contact created', { occurredAt: '2026-11-10T12:00:00Z' }))
    expect(timeline.items.value.map((a) => a.id)).toEqual(['a9', 'a3'])

    await timeline.setHidesSystem(false)
    expect(fetch).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 1, type: [] },
      expect.any(AbortSignal),
    )
  })
})
