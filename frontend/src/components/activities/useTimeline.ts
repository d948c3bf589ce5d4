import { computed, ref } from 'vue'
import { listActivities } from '@/api/activities'
import {
  ACTIVITY_TYPES,
  type Activity,
  type ActivityType,
  type TimelineOf,
  type TimelineParams,
} from '@/api/activityRecords'
import type { Page } from '@/api/types'
import { useCursorList } from '@/composables/useCursorList'

export type FetchTimeline = (
  params: TimelineOf & TimelineParams,
  signal?: AbortSignal,
) => Promise<Page<Activity>>

/** Whether `a` comes before `b` on a timeline: newest first by `occurredAt`, then by id (as the server). */
export function comesBefore(a: Activity, b: Activity): boolean {
  const difference = Date.parse(a.occurredAt) - Date.parse(b.occurredAt)
  return difference > 0 || (difference === 0 && a.id > b.id)
}

/**
 * A record's timeline: newest first, page by page with the keyset cursor, optionally only some
 * types and without the system entries (each page asks the same). A change reloads from the
 * first page.
 */
export function useTimeline(
  of: () => TimelineOf,
  fetchPage: FetchTimeline = listActivities,
  pageSize?: number,
) {
  /** The types shown; none: every type. */
  const types = ref<ActivityType[]>([])
  /** What the platform recorded (`kind` SYSTEM) is left out: only what people logged shows. */
  const hidesSystem = ref(false)
  const list = useCursorList(
    (params, signal) =>
      fetchPage(
        {
          ...of(),
          ...params,
          type: types.value,
          ...(hidesSystem.value ? { kind: ['LOGGED' as const] } : {}),
        },
        signal,
      ),
    pageSize,
  )
  const filtered = computed(() => types.value.length > 0)

  function shows(activity: Activity): boolean {
    if (hidesSystem.value && activity.kind === 'SYSTEM') return false
    return !filtered.value || types.value.includes(activity.type)
  }

  function setHidesSystem(hidden: boolean): Promise<void> {
    hidesSystem.value = hidden
    return list.reload()
  }

  function setTypes(wanted: readonly ActivityType[]): Promise<void> {
    types.value = ACTIVITY_TYPES.filter((type) => wanted.includes(type))
    return list.reload()
  }

  /** Shows or hides one type; the others stay as they are. */
  function toggle(type: ActivityType): Promise<void> {
    const current = types.value
    return setTypes(current.includes(type) ? current.filter((t) => t !== type) : [...current, type])
  }

  /** Puts a logged or changed activity where the timeline's order has it, if the timeline shows it. */
  function place(activity: Activity): void {
    const rest = list.items.value.filter((item) => item.id !== activity.id)
    const index = rest.findIndex((item) => comesBefore(activity, item))
    // Older than everything loaded while more pages wait: it arrives with its page.
    const later = index === -1 && list.hasMore.value
    if (shows(activity) && !later) rest.splice(index === -1 ? rest.length : index, 0, activity)
    list.items.value = rest
    list.loaded.value = true
  }

  return { ...list, types, filtered, hidesSystem, shows, setTypes, toggle, setHidesSystem, place }
}
