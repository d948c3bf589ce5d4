import { describe, expect, it } from 'vitest'
import { addMoney, currenciesOf, formatMoney, formatTotals } from './money'

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
