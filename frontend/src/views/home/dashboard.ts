import type { Deal, Forecast, Money, Pipeline } from '@/api/dealRecords'
import { addMoney, currenciesOf } from '@/lib/money'

/** The figures of the home dashboard's cards, computed from what the API returns. */

/** How many the card shows of a list before "see all". */
export const FIRST_FEW = 5

/** The value of deals per currency; deals without a value add nothing. */
export function totalsByCurrency(deals: readonly Pick<Deal, 'value' | 'currency'>[]): Money {
  let totals: Money = {}
  for (const deal of deals) {
    if (deal.value !== null && deal.value !== 0)
      totals = addMoney(totals, deal.currency, deal.value)
  }
  return totals
}

/** Soonest expected close first (deals without a date last), then the newest. */
export function byExpectedClose<T extends Pick<Deal, 'expectedCloseDate' | 'createdAt'>>(
  deals: readonly T[],
): T[] {
  return [...deals].sort((a, b) => {
    if (a.expectedCloseDate !== b.expectedCloseDate) {
      if (a.expectedCloseDate === null) return 1
      if (b.expectedCloseDate === null) return -1
      return a.expectedCloseDate < b.expectedCloseDate ? -1 : 1
    }
    return b.createdAt.localeCompare(a.createdAt)
  })
}

/** An expected close date before `today` (YYYY-MM-DD): the deal is late. */
export function isPastDue(deal: Pick<Deal, 'expectedCloseDate'>, today: string): boolean {
  return deal.expectedCloseDate !== null && deal.expectedCloseDate < today
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A day in the browser's calendar as the API writes it: 2026-11-27. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The first and last day of `now`'s month (inclusive, as the analytics filters take them). */
export function monthRange(now: Date): { from: string; to: string; month: string } {
  const first = new Date(now.getFullYear(), now.getMonth(), 1)
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0)
  return { from: isoDay(first), to: isoDay(last), month: isoDay(first).slice(0, 7) }
}

export interface CurrencyRow {
  currency: string
  open: number
  weighted: number
}

/** The forecast's totals as one row per currency (most open value first). */
export function forecastRows(forecast: Forecast): CurrencyRow[] {
  const { openValue, weightedValue } = forecast.total
  return currenciesOf([openValue, weightedValue]).map((currency) => ({
    currency,
    open: openValue[currency] ?? 0,
    weighted: weightedValue[currency] ?? 0,
  }))
}

/** Names stages by id across pipelines ("Qualified"), for deals that carry only the id. */
export function stageNames(pipelines: readonly Pipeline[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const pipeline of pipelines) {
    for (const stage of pipeline.stages) names.set(stage.id, stage.name)
  }
  return names
}

/** "12", or "100+" when the list went on beyond the page asked for. */
export function countLabel(count: number, more: boolean): string {
  return more ? `${count.toLocaleString()}+` : count.toLocaleString()
}
