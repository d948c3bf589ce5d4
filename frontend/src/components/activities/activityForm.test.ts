import { describe, expect, it } from 'vitest'
import { anActivity, aTask } from '@/testing/activities'
import {
  activityFieldOf,
  draftOf,
  durationText,
  fromLocalInput,
  newDraft,
  parseDuration,
  toActivityInput,
  toActivityPatch,
  toLocalInput,
  validateDraft,
  type ActivityDraft,
} from './activityForm'

/** A local time as the API gets it: what `datetime-local` means in the browser's time zone. */
const local = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).toISOString()

const NOW = new Date(2026, 10, 20, 14, 5)

function draft(type: ActivityDraft['type'], values: Partial<ActivityDraft> = {}): ActivityDraft {
  return { ...newDraft(type, 'me', NOW), ...values }
}

describe('the activity form', () => {
  it('sends a call with its direction, its duration in seconds and its outcome', () => {
    const input = toActivityInput(
      draft('CALL', {
        subject: ' Discovery call ',
        direction: 'INBOUND',
        duration: '12:30',
        outcome: 'Left a voicemail',
        body: '',
      }),
      { contactId: 'c1' },
    )
    expect(input).toEqual({
      type: 'CALL',
      contactId: 'c1',
      subject: 'Discovery call',
      direction: 'INBOUND',
      durationSeconds: 750,
      outcome: 'Left a voicemail',
      body: null,
    })
  })

  it('sends a meeting with its start as its place on the timeline, and no call fields', () => {
    const input = toActivityInput(
      draft('MEETING', {
        subject: 'Demo',
        startsAt: '2026-11-21T09:00',
        endsAt: '2026-11-21T10:00',
        attendees: [' ana@client.test ', 'Bo'],
        direction: 'OUTBOUND',
        duration: '5',
      }),
      { dealId: 'd1' },
    )
    expect(input).toEqual({
      type: 'MEETING',
      dealId: 'd1',
      subject: 'Demo',
      startsAt: local(2026, 11, 21, 9, 0),
      endsAt: local(2026, 11, 21, 10, 0),
      occurredAt: local(2026, 11, 21, 9, 0),
      attendees: ['ana@client.test', 'Bo'],
      outcome: null,
      body: null,
    })
  })

  it('sends a note as its text only, and a task with its due time, assignee and priority', () => {
    expect(
      toActivityInput(draft('NOTE', { body: 'Prefers email.' }), { companyId: 'co1' }),
    ).toEqual({
      type: 'NOTE',
      companyId: 'co1',
      body: 'Prefers email.',
    })
    const task = toActivityInput(
      draft('TASK', { subject: 'Send the quote', dueAt: '2026-11-19T17:00', priority: 'HIGH' }),
      { contactId: 'c1' },
    )
    expect(task).toEqual({
      type: 'TASK',
      contactId: 'c1',
      subject: 'Send the quote',
      dueAt: local(2026, 11, 19, 17, 0),
      assigneeId: 'me',
      priority: 'HIGH',
      body: null,
    })
    expect(task).not.toHaveProperty('status')
    expect(task).not.toHaveProperty('occurredAt')
  })

  it('assigns a new task to me, starts a meeting now for half an hour, takes an earlier time', () => {
    expect(newDraft('TASK', 'me', NOW).assigneeId).toBe('me')
    const earlier = draft('NOTE', { body: 'x', occurredAt: '2026-11-19T08:30' })
    expect(toActivityInput(earlier, { contactId: 'c1' }).occurredAt).toBe(
      local(2026, 11, 19, 8, 30),
    )
    const meeting = newDraft('MEETING', 'me', NOW)
    expect(meeting.startsAt).toBe('2026-11-20T14:05')
    expect(meeting.endsAt).toBe('2026-11-20T14:35')
  })

  it('patches what the form shows with the version read, leaving times untouched as they were', () => {
    const call = anActivity('a1', {
      type: 'CALL',
      subject: 'Call',
      body: 'Old notes',
      occurredAt: '2026-11-20T10:00:42.123Z',
      direction: 'OUTBOUND',
      durationSeconds: 61,
      version: 4,
    })
    const edited = { ...draftOf(call), body: '', outcome: 'Connected' }
    expect(toActivityPatch(edited, call)).toEqual({
      subject: 'Call',
      direction: 'OUTBOUND',
      durationSeconds: 61,
      outcome: 'Connected',
      body: null,
      version: 4,
    })
  })

  it('completes a task through the form and moves a meeting with its start', () => {
    const task = aTask('t1', { version: 2 })
    expect(toActivityPatch({ ...draftOf(task), status: 'DONE' }, task)).toMatchObject({
      status: 'DONE',
      version: 2,
    })
    const meeting = anActivity('m1', {
      type: 'MEETING',
      startsAt: local(2026, 11, 21, 9, 0),
      endsAt: local(2026, 11, 21, 10, 0),
      occurredAt: local(2026, 11, 21, 9, 0),
    })
    const moved = toActivityPatch({ ...draftOf(meeting), startsAt: '2026-11-22T09:00' }, meeting)
    expect(moved.startsAt).toBe(local(2026, 11, 22, 9, 0))
    expect(moved.occurredAt).toBe(local(2026, 11, 22, 9, 0))
    expect(moved).not.toHaveProperty('endsAt')
    const untouched = toActivityPatch(draftOf(meeting), meeting)
    expect(untouched).not.toHaveProperty('startsAt')
    expect(untouched).not.toHaveProperty('occurredAt')
  })

  it('checks each type the way the server does, every problem at once', () => {
    expect(validateDraft(draft('NOTE'))).toEqual({ body: 'Write the note.' })
    expect(validateDraft(draft('TASK'))).toEqual({ subject: 'Say what is to be done.' })
    expect(validateDraft(draft('CALL'))).toEqual({})
    expect(
      validateDraft(
        draft('CALL', { duration: 'long', outcome: 'x'.repeat(201), subject: 'y'.repeat(301) }),
      ),
    ).toEqual({
      durationSeconds: 'Enter minutes, or minutes:seconds such as 12:30.',
      outcome: 'Use at most 200 characters.',
      subject: 'Use at most 300 characters.',
    })
    expect(validateDraft(draft('CALL', { duration: '1441' }))).toEqual({
      durationSeconds: 'A call lasts at most 24 hours.',
    })
    expect(validateDraft(draft('MEETING', { startsAt: '', endsAt: '' }))).toEqual({
      startsAt: 'Enter when the meeting starts.',
      endsAt: 'Enter when the meeting ends.',
    })
    expect(
      validateDraft(draft('MEETING', { startsAt: '2026-11-21T10:00', endsAt: '2026-11-21T09:00' })),
    ).toEqual({ endsAt: 'A meeting ends after it starts.' })
    expect(
      validateDraft(draft('MEETING', { attendees: Array.from({ length: 51 }, (_, i) => `${i}`) })),
    ).toEqual({ attendees: 'Add at most 50 attendees.' })
  })

  it('reads durations as minutes, minutes:seconds or hours:minutes:seconds', () => {
    expect(parseDuration('')).toBeNull()
    expect(parseDuration('12')).toBe(720)
    expect(parseDuration('1.5')).toBe(90)
    expect(parseDuration('12:30')).toBe(750)
    expect(parseDuration('1:05:00')).toBe(3900)
    expect(parseDuration('12:75')).toBeUndefined()
    expect(parseDuration('-3')).toBeUndefined()
    expect([720, 750, 3900, 59].map(durationText)).toEqual(['12', '12:30', '1:05:00', '0:59'])
  })

  it('turns local times into instants and back, and server fields into form fields', () => {
    expect(fromLocalInput('2026-11-21T09:00')).toBe(local(2026, 11, 21, 9, 0))
    expect(fromLocalInput('')).toBeNull()
    expect(fromLocalInput('tomorrow')).toBeNull()
    expect(toLocalInput(local(2026, 11, 21, 9, 0))).toBe('2026-11-21T09:00')
    expect(toLocalInput(null)).toBe('')
    expect(activityFieldOf('attendees[3]')).toBe('attendees')
    expect(activityFieldOf('durationSeconds')).toBe('durationSeconds')
  })
})
