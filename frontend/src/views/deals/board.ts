import type { BoardColumn, Deal } from '@/api/dealRecords'
import type { Page } from '@/api/types'
import { addMoney } from '@/lib/money'

/** The board's columns changed without mutation: cards move, counts and totals follow. */

export interface CardPlace {
  deal: Deal
  stageId: string
  index: number
}

export function locateDeal(columns: readonly BoardColumn[], dealId: string): CardPlace | null {
  for (const column of columns) {
    const index = column.items.findIndex((deal) => deal.id === dealId)
    if (index >= 0) return { deal: column.items[index]!, stageId: column.stage.id, index }
  }
  return null
}

/** The column's count, totals and rotting count with `deal` added (sign 1) or taken away (-1). */
function counted(column: BoardColumn, deal: Deal, sign: 1 | -1): BoardColumn {
  return {
    ...column,
    count: Math.max(0, column.count + sign),
    totals:
      deal.value === null
        ? column.totals
        : addMoney(column.totals, deal.currency, sign * deal.value),
    rotting: Math.max(0, column.rotting + (deal.rotting ? sign : 0)),
  }
}

/**
 * Puts `deal` into the column of `stageId` at `index` (clamped), taking it out of wherever it was:
 * a move, an undo and taking the server's version of a card are all this one change.
 */
export function placeDeal(
  columns: readonly BoardColumn[],
  deal: Deal,
  stageId: string,
  index: number,
): BoardColumn[] {
  return columns.map((column) => {
    let next = column
    const old = column.items.find((item) => item.id === deal.id)
    if (old) {
      next = counted(next, old, -1)
      next = { ...next, items: next.items.filter((item) => item.id !== deal.id) }
    }
    if (column.stage.id === stageId) {
      const items = [...next.items]
      items.splice(Math.max(0, Math.min(index, items.length)), 0, deal)
      next = { ...counted(next, deal, 1), items }
    }
    return next
  })
}

/** The column with the next page appended (cards already shown are not added twice). */
export function appendPage(
  columns: readonly BoardColumn[],
  stageId: string,
  page: Page<Deal>,
): BoardColumn[] {
  return columns.map((column) => {
    if (column.stage.id !== stageId) return column
    const known = new Set(column.items.map((deal) => deal.id))
    const added = page.items.filter((deal) => !known.has(deal.id))
    return { ...column, items: [...column.items, ...added], nextCursor: page.nextCursor ?? null }
  })
}
