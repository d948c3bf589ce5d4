import type { AnalyticsFilters } from '@/api/dealRecords'
import { getAnalytics } from '@/api/deals'
import { useLoad } from '@/composables/useLoad'

/** The five analytics reports for one set of filters, and since when they hold; a newer question cancels an older one. */
export function useAnalytics(get: typeof getAnalytics = getAnalytics) {
  const {
    data: reports,
    loading,
    error,
    load,
  } = useLoad(async (signal, filters: AnalyticsFilters) => {
    const [forecast, conversion, velocity, reps, bottlenecks] = await Promise.all([
      get('forecast', filters, signal),
      get('conversion', filters, signal),
      get('velocity', filters, signal),
      get('reps', filters, signal),
      get('bottlenecks', filters, signal),
    ])
    const times = [forecast, conversion, velocity, reps, bottlenecks]
      .map((r) => (r.computedAt ? Date.parse(r.computedAt) : NaN))
      .filter((time) => !Number.isNaN(time))
    return {
      forecast: forecast.figures,
      conversion: conversion.figures,
      velocity: velocity.figures,
      reps: reps.figures,
      bottlenecks: bottlenecks.figures,
      /** The oldest of the five: the figures are at least this fresh. */
      computedAt: times.length ? new Date(Math.min(...times)).toISOString() : null,
    }
  })
  return { reports, loading, error, load }
}
