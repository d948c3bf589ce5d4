import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { queryString } from '@/lib/query'

/**
 * One query parameter of the current URL as a string ('' when absent): setting it replaces the
 * URL (an empty value removes the parameter), so a reload or a shared link shows the same view.
 */
export function useQueryParam(name: string): WritableComputedRef<string> {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => queryString(route.query[name]),
    set: (value: string) => {
      if (value === queryString(route.query[name])) return
      void router.replace({ query: { ...route.query, [name]: value || undefined } })
    },
  })
}
