import type { AnalyticsFilters } from '@/api/dealRecords'
import { getAnalytics } from '@/api/deals'
import { useLoad } from '@/composables/useLoad'

/** The five analytics reports for one set of filters; a newer question cancels an older one. */
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
    return { forecast, conversion, velocity, reps, bottlenecks }
  })
  return { reports, loading, error, load }
}
