import type { Activity } from '@/api/activityRecords'

/** Test data of the communication-service, with only what a test cares about overridden. */
export function anActivity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    type: 'NOTE',
    subject: null,
    body: `Note ${id}`,
    occurredAt: '2026-11-20T10:00:00Z',
    contactId: 'c1',
    companyId: null,
    dealId: null,
    direction: null,
    durationSeconds: null,
    outcome: null,
    startsAt: null,
    endsAt: null,
    attendees: [],
    dueAt: null,
    assigneeId: null,
    priority: null,
    status: null,
    completedAt: null,
    overdue: false,
    source: null,
    kind: 'LOGGED',
    emailId: null,
    ownerId: 'me',
    createdBy: 'me',
    updatedBy: 'me',
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    version: 0,
    ...overrides,
  }
}

/** A note the platform recorded of `source`'s event: a system entry. */
export function aRecordedNote(id: string, subject: string, overrides: Partial<Activity> = {}) {
  return anActivity(id, {
    subject,
    body: `About ${id}`,
    source: 'contact.created',
    kind: 'SYSTEM',
    createdBy: null,
    ...overrides,
  })
}

/** An open task assigned to `me`, overdue unless said otherwise. */
export function aTask(id: string, overrides: Partial<Activity> = {}): Activity {
  return anActivity(id, {
    type: 'TASK',
    subject: `Task ${id}`,
    body: null,
    dueAt: '2026-11-19T17:00:00Z',
    assigneeId: 'me',
    priority: 'NORMAL',
    status: 'OPEN',
    overdue: true,
    ...overrides,
  })
}
