import type {
  Activity,
  ActivityInput,
  ActivityPatch,
  MyTasksParams,
  TimelineOf,
  TimelineParams,
} from './activityRecords'
import { http } from './http'
import { id, MERGE_PATCH, serializeQuery, type QueryParams } from './http-params'
import type { Page } from './types'

/** `type=CALL&type=NOTE`, as Spring reads a repeated parameter. */
const repeated = { serialize: (params: object) => serializeQuery(params as QueryParams) }

/** A timeline: the record's activities, newest first, optionally of some types only. */
export async function listActivities(
  params: TimelineOf & TimelineParams,
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  const { type, ...rest } = params
  const { data } = await http.get<Page<Activity>>('/api/activities', {
    params: { ...rest, type: type && type.length > 0 ? [...type] : undefined },
    paramsSerializer: repeated,
    signal,
  })
  return data
}

/** The organization's activity on every timeline, newest first (the home dashboard). */
export async function listRecentActivities(
  params: TimelineParams = {},
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  const { type, ...rest } = params
  const { data } = await http.get<Page<Activity>>('/api/activities/recent', {
    params: { ...rest, type: type && type.length > 0 ? [...type] : undefined },
    paramsSerializer: repeated,
    signal,
  })
  return data
}

/** The signed-in member's open tasks, soonest due first (tasks without a due time last). */
export async function listMyTasks(
  params: MyTasksParams = {},
  signal?: AbortSignal,
): Promise<Page<Activity>> {
  const { data } = await http.get<Page<Activity>>('/api/activities/my-tasks', {
    params,
    paramsSerializer: repeated,
    signal,
  })
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
