import { describe, expect, it } from 'vitest'
import type { Forecast, Pipeline } from '@/api/dealRecords'
import { aDeal, aStage } from '@/testing/deals'
import {
  byExpectedClose,
  countLabel,
  forecastRows,
  isPastDue,
  monthRange,
  stageNames,
  totalsByCurrency,
} from './dashboard'

describe('home dashboard figures', () => {
  it('adds up deal values per currency, to the cent, leaving out deals without a value', () => {
    expect(
      totalsByCurrency([
        aDeal('a', { value: 1200.1, currency: 'EUR' }),
        aDeal('b', { value: 0.2, currency: 'EUR' }),
        aDeal('c', { value: 50, currency: 'USD' }),
        aDeal('d', { value: null, currency: 'GBP' }),
      ]),
    ).toEqual({ EUR: 1200.3, USD: 50 })
    expect(totalsByCurrency([])).toEqual({})
  })

  it('lists the soonest expected close first, undated deals last, then the newest', () => {
    const sorted = byExpectedClose([
      aDeal('undated-old', { createdAt: '2026-01-01T00:00:00Z' }),
      aDeal('late', { expectedCloseDate: '2026-12-20' }),
      aDeal('undated-new', { createdAt: '2026-11-01T00:00:00Z' }),
      aDeal('soon', { expectedCloseDate: '2026-11-30' }),
    ])
    expect(sorted.map((deal) => deal.id)).toEqual(['soon', 'late', 'undated-new', 'undated-old'])
  })

  it('calls a deal late once its expected close day has passed', () => {
    expect(isPastDue({ expectedCloseDate: '2026-11-26' }, '2026-11-27')).toBe(true)
    expect(isPastDue({ expectedCloseDate: '2026-11-27' }, '2026-11-27')).toBe(false)
    expect(isPastDue({ expectedCloseDate: null }, '2026-11-27')).toBe(false)
  })

  it("takes this month's first and last day, also in February and December", () => {
    expect(monthRange(new Date(2026, 10, 27, 23, 30))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      month: '2026-11',
    })
    expect(monthRange(new Date(2028, 1, 10))).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
      month: '2028-02',
    })
    expect(monthRange(new Date(2026, 11, 31))).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-31',
    })
  })

  it('shows the forecast per currency, most open value first, weighted beside it', () => {
    const forecast: Forecast = {
      byMonth: [],
      byOwner: [],
      total: {
        deals: 3,
        openValue: { USD: 500, EUR: 10000 },
        weightedValue: { EUR: 2500, USD: 50 },
      },
    }
    expect(forecastRows(forecast)).toEqual([
      { currency: 'EUR', open: 10000, weighted: 2500 },
      { currency: 'USD', open: 500, weighted: 50 },
    ])
  })

  it('names stages across pipelines, and says when a count went on beyond the page', () => {
    const pipelines = [
      { id: 'p1', stages: [aStage('lead', { name: 'Lead' }), aStage('won', { name: 'Won' })] },
      { id: 'p2', stages: [aStage('demo', { name: 'Demo' })] },
    ] as Pipeline[]
    expect(stageNames(pipelines).get('demo')).toBe('Demo')
    expect(stageNames(pipelines).get('lead')).toBe('Lead')
    expect(countLabel(7, false)).toBe('7')
    expect(countLabel(100, true)).toBe('100+')
  })
})
