import type { InternalAxiosRequestConfig } from 'axios'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reply } from '@/testing/axios'
import {
  listActivities,
  listMyTasks,
  listRecentActivities,
  listUnassignedTasks,
  patchActivity,
} from './activities'
import { http } from './http'

describe('activities API', () => {
  const sent: InternalAxiosRequestConfig[] = []
  const adapter = http.defaults.adapter

  beforeEach(() => {
    sent.length = 0
    http.defaults.adapter = (config) => {
      sent.push(config)
      return reply(config, 200, { items: [], nextCursor: null })
    }
  })
  afterEach(() => {
    http.defaults.adapter = adapter
  })

  it('asks for a timeline with each type as its own parameter', async () => {
    await listActivities({ contactId: 'c1', type: ['CALL', 'NOTE'], limit: 20, cursor: 'abc' })
    expect(http.getUri(sent[0])).toBe(
      '/api/activities?contactId=c1&limit=20&cursor=abc&type=CALL&type=NOTE',
    )
    await listActivities({ dealId: 'd1', type: [] })
    expect(http.getUri(sent[1])).toBe('/api/activities?dealId=d1')
    await listActivities({ dealId: 'd1', type: [], kind: ['LOGGED'] })
    expect(http.getUri(sent[2])).toBe('/api/activities?dealId=d1&kind=LOGGED')
  })

  it('asks for the unassigned tasks by due, like my tasks', async () => {
    await listUnassignedTasks({ due: 'TODAY', limit: 50 })
    expect(http.getUri(sent[0])).toBe('/api/activities/unassigned-tasks?due=TODAY&limit=50')
  })

  it('asks for my tasks by due, and sends changes as a merge patch', async () => {
    await listMyTasks({ due: 'OVERDUE', limit: 20 })
    expect(http.getUri(sent[0])).toBe('/api/activities/my-tasks?due=OVERDUE&limit=20')
    await patchActivity('t/1', { status: 'DONE', version: 2 })
    expect(sent[1]!.url).toBe('/api/activities/t%2F1')
    expect(sent[1]!.headers['Content-Type']).toBe('application/merge-patch+json')
    expect(JSON.parse(sent[1]!.data as string)).toEqual({ status: 'DONE', version: 2 })
  })

  it("asks for the organization's recent activity like a timeline without a record", async () => {
    await listRecentActivities({ limit: 8 })
    expect(http.getUri(sent[0])).toBe('/api/activities/recent?limit=8')
    await listRecentActivities({ type: ['TASK'], cursor: 'n' })
    expect(http.getUri(sent[1])).toBe('/api/activities/recent?cursor=n&type=TASK')
  })
})
