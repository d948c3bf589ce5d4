import { describe, expect, it } from 'vitest'
import type { Bottlenecks, Conversion, Forecast, Reps } from '@/api/dealRecords'
import { formatMonth } from '@/lib/format'
import {
  forecastChart,
  forecastCurrencies,
  funnelChart,
  hasData,
  repCurrencies,
  repsChart,
  timeInStageChart,
} from './chartData'

const forecast: Forecast = {
  byMonth: [
    { month: '2026-11', deals: 2, openValue: { EUR: 1000, USD: 50 }, weightedValue: { EUR: 500 } },
    { month: '2026-12', deals: 1, openValue: { EUR: 200 }, weightedValue: { EUR: 150 } },
  ],
  byOwner: [],
  total: { deals: 3, openValue: { EUR: 1200, USD: 50 }, weightedValue: { EUR: 650 } },
}

describe('analytics charts', () => {
  it('charts the forecast by month in one currency, most money first', () => {
    expect(forecastCurrencies(forecast)).toEqual(['EUR', 'USD'])
    const chart = forecastChart(forecast, 'USD')
    expect(chart.labels).toEqual([formatMonth('2026-11'), formatMonth('2026-12')])
    expect(chart.datasets.map((set) => [set.label, set.data])).toEqual([
      ['Open value', [50, 0]],
      ['Weighted value', [0, 0]],
    ])
  })

  it('orders the funnel and the time in stage by stage position', () => {
    const conversion: Conversion = {
      stages: [
        {
          stageId: 'q',
          name: 'Qualified',
          position: 1,
          entered: 4,
          reachedNext: 1,
          conversionRate: 0.25,
          won: 1,
          winRate: 0.25,
        },
        {
          stageId: 'l',
          name: 'Lead',
          position: 0,
          entered: 10,
          reachedNext: 4,
          conversionRate: 0.4,
          won: 1,
          winRate: 0.1,
        },
      ],
    }
    const funnel = funnelChart(conversion)
    expect(funnel.labels).toEqual(['Lead', 'Qualified'])
    expect(funnel.datasets.map((set) => set.data)).toEqual([
      [10, 4],
      [4, 1],
    ])

    const bottlenecks: Bottlenecks = {
      stages: [
        {
          stageId: 'q',
          name: 'Qualified',
          position: 1,
          entries: 3,
          medianDays: 4.5,
          p90Days: 9,
          current: 2,
          rotting: 1,
          rottingDays: 7,
        },
        {
          stageId: 'l',
          name: 'Lead',
          position: 0,
          entries: 0,
          medianDays: null,
          p90Days: null,
          current: 0,
          rotting: 0,
          rottingDays: null,
        },
      ],
    }
    expect(timeInStageChart(bottlenecks).datasets.map((set) => set.data)).toEqual([
      [null, 4.5],
      [null, 9],
    ])
    expect(hasData.bottlenecks(bottlenecks)).toBe(true)
  })

  it('charts the won value of each rep by name', () => {
    const reps: Reps = {
      reps: [
        {
          ownerId: 'u1',
          won: 3,
          lost: 1,
          winRate: 0.75,
          wonValue: { EUR: 900 },
          averageCycleDays: 12,
          openDeals: 2,
          activities: null,
        },
        {
          ownerId: 'u2',
          won: 1,
          lost: 0,
          winRate: 1,
          wonValue: { USD: 2000 },
          averageCycleDays: 3,
          openDeals: 0,
          activities: null,
        },
      ],
    }
    expect(repCurrencies(reps)).toEqual(['USD', 'EUR'])
    const chart = repsChart(reps, 'EUR', (id) => (id === 'u1' ? 'Ada' : 'Grace'))
    expect(chart.labels).toEqual(['Ada', 'Grace'])
    expect(chart.datasets[0]!.data).toEqual([900, 0])
  })

  it('tells empty reports apart, for the empty states', () => {
    expect(hasData.forecast({ ...forecast, byMonth: [] })).toBe(false)
    expect(hasData.reps({ reps: [] })).toBe(false)
    expect(
      hasData.conversion({
        stages: [
          {
            stageId: 'l',
            name: 'Lead',
            position: 0,
            entered: 0,
            reachedNext: 0,
            conversionRate: null,
            won: 0,
            winRate: null,
          },
        ],
      }),
    ).toBe(false)
  })
})
