import type { Money } from '@/api/dealRecords'

const formats = new Map<string, Intl.NumberFormat>()

function formatOf(currency: string): Intl.NumberFormat | null {
  if (!formats.has(currency)) {
    try {
      formats.set(currency, new Intl.NumberFormat(undefined, { style: 'currency', currency }))
    } catch {
      return null
    }
  }
  return formats.get(currency) ?? null
}

/** "€1,200.00"; a code Intl does not know is written out: "1,200 XBT". */
export function formatMoney(amount: number, currency: string): string {
  return formatOf(currency)?.format(amount) ?? `${amount.toLocaleString()} ${currency}`
}

const compactFormats = new Map<string, Intl.NumberFormat>()

/**
 * A figure in a card: "€12,400.50" up to ten thousand, "€723K", "€7.2M", "€1.5T" above, so that it
 * always fits; the exact amount belongs in a title or a table.
 */
export function formatMoneyCompact(amount: number, currency: string): string {
  if (Math.abs(amount) < 10_000) return formatMoney(amount, currency)
  if (!compactFormats.has(currency)) {
    try {
      compactFormats.set(
        currency,
        new Intl.NumberFormat(undefined, {
          style: 'currency',
          currency,
          notation: 'compact',
          maximumFractionDigits: 1,
        }),
      )
    } catch {
      return `${new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(amount)} ${currency}`
    }
  }
  return compactFormats.get(currency)!.format(amount)
}

/** Amounts in several currencies, largest first: "€1,200.00 · $50.00" ('' for none). */
export function formatTotals(totals: Money): string {
  return Object.entries(totals)
    .sort(([, a], [, b]) => b - a)
    .map(([currency, amount]) => formatMoney(amount, currency))
    .join(' · ')
}

const cents = (amount: number) => Math.round(amount * 100) / 100

/** The totals with `amount` added in `currency` (negative to take away); a total of 0 goes. */
export function addMoney(totals: Money, currency: string, amount: number): Money {
  const next = { ...totals, [currency]: cents((totals[currency] ?? 0) + amount) }
  if (next[currency] === 0) delete next[currency]
  return next
}

/** The currencies that occur in any of the amounts, most money first. */
export function currenciesOf(amounts: readonly Money[]): string[] {
  const sums: Money = {}
  for (const money of amounts) {
    for (const [currency, amount] of Object.entries(money)) {
      sums[currency] = (sums[currency] ?? 0) + amount
    }
  }
  return Object.keys(sums).sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0) || a.localeCompare(b))
}
