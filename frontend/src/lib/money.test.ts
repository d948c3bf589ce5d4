import { describe, expect, it } from 'vitest'
import { addMoney, currenciesOf, formatMoney, formatMoneyCompact, formatTotals } from './money'

describe('money', () => {
  it('formats amounts in their currency, and several currencies largest first', () => {
    const euros = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' })
    const dollars = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' })
    expect(formatMoney(1200, 'EUR')).toBe(euros.format(1200))
    expect(formatTotals({ USD: 50, EUR: 1200 })).toBe(
      `${euros.format(1200)} · ${dollars.format(50)}`,
    )
    expect(formatTotals({})).toBe('')
    expect(formatMoney(5, 'NOPE')).toBe('5 NOPE')
  })

  it('adds and takes away in cents, dropping a currency that reaches zero', () => {
    expect(addMoney({ EUR: 0.1 }, 'EUR', 0.2)).toEqual({ EUR: 0.3 })
    expect(addMoney({ EUR: 10, USD: 5 }, 'USD', -5)).toEqual({ EUR: 10 })
    expect(currenciesOf([{ EUR: 10 }, { USD: 30, EUR: 5 }])).toEqual(['USD', 'EUR'])
  })
})

describe('formatMoneyCompact', () => {
  it('keeps small amounts exact and shortens large ones so that a card never overflows', () => {
    expect(formatMoneyCompact(9_999.5, 'EUR')).toBe(formatMoney(9_999.5, 'EUR'))
    const huge = formatMoneyCompact(722_360_655_737_705, 'EUR')
    expect(huge.length).toBeLessThanOrEqual(8)
    expect(huge).toMatch(/722/)
    expect(formatMoneyCompact(7_234_000, 'USD')).toMatch(/7\.2\s?M/)
  })

  it('names a currency without a symbol by its code', () => {
    const text = formatMoneyCompact(2_500_000, 'XBT')
    expect(text).toContain('XBT')
    expect(text).toMatch(/2\.5\s?M/)
  })
})
