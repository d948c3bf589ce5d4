import type { ChartData } from 'chart.js'
import type { Bottlenecks, Conversion, Forecast, Reps } from '@/api/dealRecords'
import { formatMonth } from '@/lib/format'
import { currenciesOf } from '@/lib/money'

/** Analytics reports as chart.js wants them: one bar chart each, money in one currency. */

export type BarData = ChartData<'bar', (number | null)[], string>

/** The app's accent (brand-600) and a lighter shade for a second series. */
export const SERIES_COLOURS = ['#4f46e5', '#a5b4fc'] as const

function bars(labels: string[], series: { label: string; data: (number | null)[] }[]): BarData {
  return {
    labels,
    datasets: series.map((one, index) => ({
      ...one,
      backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
      borderRadius: 4,
    })),
  }
}

/** The currencies the forecast speaks of, most money first. */
export function forecastCurrencies(forecast: Forecast): string[] {
  return currenciesOf(forecast.byMonth.map((month) => month.openValue))
}

/** Open and weighted value by expected close month, in `currency`. */
export function forecastChart(forecast: Forecast, currency: string): BarData {
  return bars(
    forecast.byMonth.map((month) => formatMonth(month.month)),
    [
      { label: 'Open value', data: forecast.byMonth.map((m) => m.openValue[currency] ?? 0) },
      {
        label: 'Weighted value',
        data: forecast.byMonth.map((m) => m.weightedValue[currency] ?? 0),
      },
    ],
  )
}

/** The funnel: deals that entered each stage and those that went on to a later one. */
export function funnelChart(conversion: Conversion): BarData {
  const stages = [...conversion.stages].sort((a, b) => a.position - b.position)
  return bars(
    stages.map((stage) => stage.name),
    [
      { label: 'Entered', data: stages.map((stage) => stage.entered) },
      { label: 'Reached a later stage', data: stages.map((stage) => stage.reachedNext) },
    ],
  )
}

export function repCurrencies(reps: Reps): string[] {
  return currenciesOf(reps.reps.map((rep) => rep.wonValue))
}

/** Won value per rep in `currency`, in the server's order (most won value first). */
export function repsChart(reps: Reps, currency: string, nameOf: (id: string | null) => string) {
  return bars(
    reps.reps.map((rep) => nameOf(rep.ownerId)),
    [
      {
        label: `Won value (${currency})`,
        data: reps.reps.map((rep) => rep.wonValue[currency] ?? 0),
      },
    ],
  )
}

/** Median and 90th percentile of the days deals spent in each stage. */
export function timeInStageChart(bottlenecks: Bottlenecks): BarData {
  const stages = [...bottlenecks.stages].sort((a, b) => a.position - b.position)
  return bars(
    stages.map((stage) => stage.name),
    [
      { label: 'Median days', data: stages.map((stage) => stage.medianDays) },
      { label: '90th percentile days', data: stages.map((stage) => stage.p90Days) },
    ],
  )
}

/** Whether a report has anything to chart. */
export const hasData = {
  forecast: (forecast: Forecast) => forecast.byMonth.length > 0,
  conversion: (conversion: Conversion) => conversion.stages.some((stage) => stage.entered > 0),
  reps: (reps: Reps) => reps.reps.length > 0,
  bottlenecks: (bottlenecks: Bottlenecks) =>
    bottlenecks.stages.some((stage) => stage.entries > 0 || stage.current > 0),
}
