import { describe, expect, it, vi } from 'vitest'
import type { Board, Deal, DealPatch } from '@/api/dealRecords'
import { responseError } from '@/testing/axios'
import { aColumn, aDeal, aStage } from '@/testing/deals'
import { appendPage, locateDeal, placeDeal } from './board'
import { useBoard } from './useBoard'
import { useDealMove } from './useDealMove'

const lead = aStage('lead')
const qualified = aStage('qualified')

function columns() {
  return [
    aColumn(lead, [
      aDeal('a', { value: 1200, currency: 'EUR', rotting: true }),
      aDeal('b', { value: 50, currency: 'USD' }),
    ]),
    aColumn(qualified, [aDeal('c', { stageId: 'qualified', value: 300, currency: 'EUR' })]),
  ]
}

describe('board columns', () => {
  it('moves a card with its count, totals per currency and rotting count', () => {
    const before = columns()
    const moved = placeDeal(
      before,
      { ...before[0]!.items[0]!, stageId: 'qualified' },
      'qualified',
      0,
    )

    expect(moved[0]).toMatchObject({ count: 1, totals: { USD: 50 }, rotting: 0 })
    expect(moved[0]!.items.map((deal) => deal.id)).toEqual(['b'])
    expect(moved[1]).toMatchObject({ count: 2, totals: { EUR: 1500 }, rotting: 1 })
    expect(moved[1]!.items.map((deal) => deal.id)).toEqual(['a', 'c'])
    expect(before[0]!.count).toBe(2)
  })

  it('puts a card back where it was, and takes the server’s version in place', () => {
    const start = columns()
    const where = locateDeal(start, 'b')!
    const moved = placeDeal(start, { ...where.deal, stageId: 'qualified' }, 'qualified', 5)
    expect(moved[1]!.items.map((deal) => deal.id)).toEqual(['c', 'b'])

    const back = placeDeal(moved, where.deal, where.stageId, where.index)
    expect(back).toEqual(start)

    const saved = placeDeal(back, { ...where.deal, value: 80 }, 'lead', where.index)
    expect(saved[0]).toMatchObject({ count: 2, totals: { EUR: 1200, USD: 80 } })
  })

  it('appends the next page of a column without showing a card twice', () => {
    const next = appendPage(columns(), 'lead', {
      items: [aDeal('b'), aDeal('d', { value: 10 })],
      nextCursor: null,
    })
    expect(next[0]!.items.map((deal) => deal.id)).toEqual(['a', 'b', 'd'])
    // Counts and totals are the server's for the whole stage, loaded or not.
    expect(next[0]).toMatchObject({ count: 2, nextCursor: null })
  })
})

describe('useBoard', () => {
  function setUp(patch: (id: string, change: DealPatch) => Promise<Deal>) {
    const board: Board = {
      pipeline: { id: 'p1' } as Board['pipeline'],
      closedAfter: '2026-10-28T00:00:00Z',
      columns: columns(),
    }
    const api = {
      getBoard: vi.fn(() => Promise.resolve(structuredClone(board))),
      listDeals: vi.fn(),
    }
    return { api, state: useBoard(useDealMove(patch), api) }
  }

  it('moves the card at once and keeps it there when the server agrees', async () => {
    let answer: (deal: Deal) => void = () => {}
    const { state } = setUp(() => new Promise((resolve) => (answer = resolve)))
    await state.load({})

    const moving = state.move('b', 'qualified', 1)
    expect(state.board.value!.columns[1]).toMatchObject({ count: 2, totals: { EUR: 300, USD: 50 } })

    answer(aDeal('b', { stageId: 'qualified', value: 50, version: 2 }))
    await moving
    expect(state.board.value!.columns[1]!.items.map((deal) => deal.id)).toEqual(['c', 'b'])
    expect(state.board.value!.columns[1]!.items[1]!.version).toBe(2)
  })

  it('rolls the card back when the move is refused', async () => {
    const { state } = setUp(() =>
      Promise.reject(responseError(422, { code: 'TRANSITION_NOT_ALLOWED', detail: 'No.' })),
    )
    await state.load({})

    await state.move('a', 'qualified')

    expect(state.board.value!.columns.map((column) => column.items.map((d) => d.id))).toEqual([
      ['a', 'b'],
      ['c'],
    ])
    expect(state.board.value!.columns[0]).toMatchObject({
      count: 2,
      totals: { EUR: 1200, USD: 50 },
    })
  })

  it('loads a column further within the window the board was given', async () => {
    const { api, state } = setUp(() => Promise.reject(new Error('not moved')))
    api.getBoard.mockImplementation(() =>
      Promise.resolve({
        pipeline: { id: 'p1' } as Board['pipeline'],
        closedAfter: '2026-10-28T00:00:00Z',
        columns: columns().map((column, i) =>
          i === 0 ? { ...column, nextCursor: 'next' } : column,
        ),
      }),
    )
    api.listDeals.mockResolvedValue({ items: [aDeal('z', { stageId: 'lead' })], nextCursor: null })
    await state.load({})

    await state.loadMore('lead')

    expect(api.listDeals).toHaveBeenCalledWith(
      expect.objectContaining({
        stageId: 'lead',
        cursor: 'next',
        closedAfter: '2026-10-28T00:00:00Z',
      }),
    )
    expect(state.board.value!.columns[0]!.items.map((deal) => deal.id)).toEqual(['a', 'b', 'z'])
  })
})
