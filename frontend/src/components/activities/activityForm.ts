import type {
  Activity,
  ActivityInput,
  ActivityPatch,
  ActivityType,
  CallDirection,
  TaskPriority,
  TaskStatus,
  TimelineOf,
} from '@/api/activityRecords'
import { orNull } from '@/lib/recordForms'

/**
 * The log/edit form of an activity as the member types it. Times are `datetime-local` values
 * (the browser's time zone); the duration is text in minutes ("12" or "12:30").
 */
export interface ActivityDraft {
  type: ActivityType
  subject: string
  body: string
  occurredAt: string
  direction: '' | CallDirection
  duration: string
  outcome: string
  startsAt: string
  endsAt: string
  attendees: string[]
  dueAt: string
  assigneeId: string
  priority: TaskPriority
  status: TaskStatus
}

/** A form field, named as the server names it in a 400's errors. */
export type ActivityField =
  | 'subject'
  | 'body'
  | 'occurredAt'
  | 'direction'
  | 'durationSeconds'
  | 'outcome'
  | 'startsAt'
  | 'endsAt'
  | 'attendees'
  | 'dueAt'
  | 'assigneeId'
  | 'priority'
  | 'status'

export const ACTIVITY_FIELDS: readonly ActivityField[] = [
  'subject',
  'body',
  'occurredAt',
  'direction',
  'durationSeconds',
  'outcome',
  'startsAt',
  'endsAt',
  'attendees',
  'dueAt',
  'assigneeId',
  'priority',
  'status',
]

/**
 * The fields each type's form shows and sends. A meeting's place on the timeline is its start;
 * a task's is when it was added (the server's default), so neither asks "When".
 */
export const FIELDS_OF: Record<ActivityType, readonly ActivityField[]> = {
  EMAIL: ['subject', 'occurredAt', 'body'],
  CALL: ['subject', 'direction', 'durationSeconds', 'outcome', 'occurredAt', 'body'],
  MEETING: ['subject', 'startsAt', 'endsAt', 'attendees', 'outcome', 'body'],
  NOTE: ['body', 'occurredAt'],
  TASK: ['subject', 'dueAt', 'assigneeId', 'priority', 'status', 'body'],
}

export const SUBJECT_MAX = 300
export const BODY_MAX = 20_000
export const OUTCOME_MAX = 200
export const ATTENDEES_MAX = 50
export const ATTENDEE_MAX = 200
export const DURATION_MAX_SECONDS = 86_400

const pad = (n: number) => String(n).padStart(2, '0')

/** An ISO time as a `datetime-local` value in the browser's time zone, to the minute ('' for none). */
export function toLocalInput(iso: string | null): string {
  const date = iso ? new Date(iso) : null
  if (!date || Number.isNaN(date.getTime())) return ''
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** A `datetime-local` value (local time) as an ISO instant; null when empty or not a time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim())) return null
  const date = new Date(value.trim())
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * A call's length from what was typed: minutes ("12", "1.5") or minutes:seconds ("12:30") or
 * hours:minutes:seconds ("1:05:00"). Null when empty, undefined when not a length.
 */
export function parseDuration(text: string): number | null | undefined {
  const value = text.trim()
  if (value === '') return null
  if (/^\d+([.,]\d+)?$/.test(value)) return Math.round(Number(value.replace(',', '.')) * 60)
  const clock = /^(?:(\d+):)?(\d+):([0-5]\d)$/.exec(value)
  if (!clock) return undefined
  const [, hours, minutes, seconds] = clock
  if (hours !== undefined && Number(minutes) > 59) return undefined
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds)
}

/** Seconds as the duration field shows them: "12", "12:30", "1:05:00". */
export function durationText(seconds: number | null): string {
  if (seconds === null) return ''
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (h > 0) return `${h}:${pad(m)}:${pad(s)}`
  return s === 0 ? String(m) : `${m}:${pad(s)}`
}

/**
 * A new activity of the type: its time left empty (the server's now, to the second), a meeting
 * from now for half an hour, a task assigned to `me`.
 */
export function newDraft(
  type: ActivityType,
  me: string | null,
  now: Date = new Date(),
): ActivityDraft {
  const nowText = toLocalInput(now.toISOString())
  return {
    type,
    subject: '',
    body: '',
    occurredAt: '',
    direction: type === 'CALL' ? 'OUTBOUND' : '',
    duration: '',
    outcome: '',
    startsAt: type === 'MEETING' ? nowText : '',
    endsAt:
      type === 'MEETING' ? toLocalInput(new Date(now.getTime() + 30 * 60_000).toISOString()) : '',
    attendees: [],
    dueAt: '',
    assigneeId: me ?? '',
    priority: 'NORMAL',
    status: 'OPEN',
  }
}

export function draftOf(activity: Activity): ActivityDraft {
  return {
    type: activity.type,
    subject: activity.subject ?? '',
    body: activity.body ?? '',
    occurredAt: toLocalInput(activity.occurredAt),
    direction: activity.direction ?? '',
    duration: durationText(activity.durationSeconds),
    outcome: activity.outcome ?? '',
    startsAt: toLocalInput(activity.startsAt),
    endsAt: toLocalInput(activity.endsAt),
    attendees: [...activity.attendees],
    dueAt: toLocalInput(activity.dueAt),
    assigneeId: activity.assigneeId ?? '',
    priority: activity.priority ?? 'NORMAL',
    status: activity.status ?? 'OPEN',
  }
}

const has = (draft: ActivityDraft, field: ActivityField) => FIELDS_OF[draft.type].includes(field)
const blank = (text: string) => text.trim() === ''

/** The checks of ActivityData for the fields the type's form shows, every problem at once. */
export function validateDraft(draft: ActivityDraft): Partial<Record<ActivityField, string>> {
  const errors: Partial<Record<ActivityField, string>> = {}
  const tooLong = (field: ActivityField, value: string, max: number) => {
    if (value.trim().length > max)
      errors[field] = `Use at most ${max.toLocaleString('en')} characters.`
  }
  const time = (field: ActivityField, value: string, required: string | null) => {
    if (blank(value)) {
      if (required) errors[field] = required
    } else if (fromLocalInput(value) === null) errors[field] = 'Enter a date and a time.'
  }

  if (draft.type === 'NOTE' && blank(draft.body) && blank(draft.subject)) {
    errors.body = 'Write the note.'
  } else if (
    (draft.type === 'TASK' || draft.type === 'EMAIL') &&
    blank(draft.subject) &&
    blank(draft.body)
  ) {
    errors.subject =
      draft.type === 'TASK' ? 'Say what is to be done.' : 'Enter a subject or a text.'
  }
  if (has(draft, 'subject')) tooLong('subject', draft.subject, SUBJECT_MAX)
  tooLong('body', draft.body, BODY_MAX)
  if (has(draft, 'occurredAt')) time('occurredAt', draft.occurredAt, null)
  if (has(draft, 'durationSeconds')) {
    const seconds = parseDuration(draft.duration)
    if (seconds === undefined)
      errors.durationSeconds = 'Enter minutes, or minutes:seconds such as 12:30.'
    else if (seconds !== null && seconds > DURATION_MAX_SECONDS) {
      errors.durationSeconds = 'A call lasts at most 24 hours.'
    }
  }
  if (has(draft, 'outcome')) tooLong('outcome', draft.outcome, OUTCOME_MAX)
  if (draft.type === 'MEETING') {
    time('startsAt', draft.startsAt, 'Enter when the meeting starts.')
    time('endsAt', draft.endsAt, 'Enter when the meeting ends.')
    const start = fromLocalInput(draft.startsAt)
    const end = fromLocalInput(draft.endsAt)
    if (start && end && end < start) errors.endsAt = 'A meeting ends after it starts.'
    if (draft.attendees.length > ATTENDEES_MAX) {
      errors.attendees = `Add at most ${ATTENDEES_MAX} attendees.`
    } else if (draft.attendees.some((attendee) => attendee.trim().length > ATTENDEE_MAX)) {
      errors.attendees = `Keep each attendee to ${ATTENDEE_MAX} characters.`
    }
  }
  if (has(draft, 'dueAt')) time('dueAt', draft.dueAt, null)
  return errors
}

/** The values of the fields the type's form shows, as the API wants them (blank as null). */
function values(draft: ActivityDraft, creating: boolean): ActivityPatch {
  const result: ActivityPatch = {}
  for (const field of FIELDS_OF[draft.type]) {
    switch (field) {
      case 'subject':
      case 'body':
      case 'outcome':
        result[field] = orNull(draft[field])
        break
      case 'occurredAt': {
        // Left empty: now for a new activity, unchanged for one being edited.
        const time = fromLocalInput(draft.occurredAt)
        if (time) result.occurredAt = time
        break
      }
      case 'direction':
        result.direction = draft.direction || null
        break
      case 'durationSeconds':
        result.durationSeconds = parseDuration(draft.duration) ?? null
        break
      case 'startsAt':
      case 'endsAt':
      case 'dueAt':
        result[field] = fromLocalInput(draft[field])
        break
      case 'attendees':
        result.attendees = draft.attendees.map((attendee) => attendee.trim()).filter(Boolean)
        break
      case 'assigneeId':
        result.assigneeId = draft.assigneeId || null
        break
      case 'priority':
        result.priority = draft.priority
        break
      case 'status':
        // A new task is open; the server stamps completion when it is done.
        if (!creating) result.status = draft.status
        break
    }
  }
  // A meeting sits on the timeline at its start.
  if (draft.type === 'MEETING' && result.startsAt) result.occurredAt = result.startsAt
  return result
}

/** The POST of a new activity about the record whose timeline it is logged on. */
export function toActivityInput(draft: ActivityDraft, of: TimelineOf): ActivityInput {
  return { type: draft.type, ...of, ...values(draft, true) }
}

/**
 * The merge patch of an activity being edited: the fields its form shows (a cleared one as null,
 * which clears it) and the version read, so that someone else's change in between is a 409.
 * Its links, owner and type are left as they are.
 */
export function toActivityPatch(draft: ActivityDraft, original: Activity): ActivityPatch {
  const patch = values(draft, false)
  // The form shows times to the minute: a time left as it was is not sent, so that its seconds
  // stay. A meeting's place on the timeline moves with its start only.
  for (const field of ['startsAt', 'endsAt', 'dueAt', 'occurredAt'] as const) {
    const unchanged = draft[field] !== '' && draft[field] === toLocalInput(original[field])
    if (field === 'occurredAt' && draft.type === 'MEETING') {
      if (patch.startsAt === undefined) delete patch.occurredAt
    } else if (unchanged) delete patch[field]
  }
  return { ...patch, version: original.version }
}

/** The form field a server error belongs to: `attendees[3]` belongs to `attendees`. */
export function activityFieldOf(serverField: string): string {
  return serverField.replace(/\[\d+\]$/, '')
}
