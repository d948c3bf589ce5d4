import type {
  Activity,
  ActivityCalendar,
  ActivityInput,
  ActivityPatch,
  CalendarParams,
  MyTasksParams,
  TimelineOf,
  TimelineParams,
} from './activityRecords'
import { http } from './http'
import { id, MERGE_PATCH, serializeQuery, type QueryParams } from './http-params'
import type { Page } from './types'

/** `type=CALL&type=NOTE`, as Spring reads a repeated parameter. */
const repeated = { serialize: (params: object) => serializeQuery(params as QueryParams) }

/** Repeated filters as query parameters; an empty one is left out (no filter). */
function timelineQuery<P extends TimelineParams>({ type, kind, ...rest }: P) {
  const many = <T>(values?: readonly T[]) => (values && values.length > 0 ? [...values] : undefined)
  return { ...rest, type: many(type), kind: many(kind) }
}

async function listPage(path: string, params: object, signal?: AbortSignal) {
  const { data } = await http.get<Page<Activity>>(path, {
    params,
    paramsSerializer: repeated,
    signal,
  })
  return data
}

/** A timeline: the record's activities, newest first, optionally of some types and kinds only. */
export function listActivities(
  params: TimelineOf & TimelineParams,
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  return listPage('/api/activities', timelineQuery(params), signal)
}

/** The organization's activity on every timeline, newest first (the home dashboard). */
export function listRecentActivities(
  params: TimelineParams = {},
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  return listPage('/api/activities/recent', timelineQuery(params), signal)
}

/**
 * The signed-in member's open tasks, soonest due first (tasks without a due time last): those
 * assigned to them and the unassigned ones they own.
 */
export function listMyTasks(
  params: MyTasksParams = {},
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  return listPage('/api/activities/my-tasks', params, signal)
}

/** Admins and managers: every open task nobody is assigned to, in the same order. */
export function listUnassignedTasks(
  params: MyTasksParams = {},
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  return listPage('/api/activities/unassigned-tasks', params, signal)
}

/** A member's tasks, meetings and calls over a range of days, by time. */
export async function getCalendar(
  params: CalendarParams,
  signal?: AbortSignal,
): Promise<ActivityCalendar> {
  const { data } = await http.get<ActivityCalendar>('/api/activities/calendar', { params, signal })
  return data
}

export async function getActivity(activityId: string): Promise<Activity> {
  const { data } = await http.get<Activity>(`/api/activities/${id(activityId)}`)
  return data
}

export async function createActivity(input: ActivityInput): Promise<Activity> {
  const { data } = await http.post<Activity>('/api/activities', input)
  return data
}

/** Changes only the properties named; with `version`, a stale one is a 409. */
export async function patchActivity(activityId: string, patch: ActivityPatch): Promise<Activity> {
  const { data } = await http.patch<Activity>(`/api/activities/${id(activityId)}`, patch, {
    headers: MERGE_PATCH,
  })
  return data
}

/** Moves the activity to the trash: it leaves every timeline. */
export async function deleteActivity(activityId: string): Promise<void> {
  await http.delete(`/api/activities/${id(activityId)}`)
}

export async function restoreActivity(activityId: string): Promise<Activity> {
  const { data } = await http.post<Activity>(`/api/activities/${id(activityId)}/restore`)
  return data
}
