import type { Activity, ActivityType, CallDirection, TaskPriority } from '@/api/activityRecords'
import type { IconName } from '@/components/ui/icons'

/** How each type is named, alone ("Call") and in lists of types ("Calls"). */
export const TYPE_LABELS: Record<ActivityType, { one: string; many: string; icon: IconName }> = {
  EMAIL: { one: 'Email', many: 'Emails', icon: 'mail' },
  CALL: { one: 'Call', many: 'Calls', icon: 'phone' },
  MEETING: { one: 'Meeting', many: 'Meetings', icon: 'meeting' },
  NOTE: { one: 'Note', many: 'Notes', icon: 'note' },
  TASK: { one: 'Task', many: 'Tasks', icon: 'task' },
}

/** Colours of a type's icon on the timeline. */
export const TYPE_TONES: Record<ActivityType, string> = {
  EMAIL: 'bg-sky-50 text-sky-700 ring-sky-200',
  CALL: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  MEETING: 'bg-violet-50 text-violet-700 ring-violet-200',
  NOTE: 'bg-amber-50 text-amber-800 ring-amber-200',
  TASK: 'bg-brand-50 text-brand-700 ring-brand-200',
}

export const DIRECTION_LABELS: Record<CallDirection, string> = {
  OUTBOUND: 'Outbound',
  INBOUND: 'Inbound',
}

export const PRIORITY_LABELS: Record<TaskPriority, string> = {
  LOW: 'Low',
  NORMAL: 'Normal',
  HIGH: 'High',
}

export const PRIORITY_TONES: Record<TaskPriority, 'neutral' | 'brand' | 'warning'> = {
  LOW: 'neutral',
  NORMAL: 'brand',
  HIGH: 'warning',
}

/** The types a member logs from a timeline (emails arrive by sending them). */
export const LOGGABLE_TYPES: readonly ActivityType[] = ['CALL', 'MEETING', 'NOTE', 'TASK']

/** The title of a log/edit dialog and its submit button. */
export const LOG_WORDING: Record<ActivityType, { title: string; submit: string }> = {
  EMAIL: { title: 'Log an email', submit: 'Log email' },
  CALL: { title: 'Log a call', submit: 'Log call' },
  MEETING: { title: 'Log a meeting', submit: 'Log meeting' },
  NOTE: { title: 'Add a note', submit: 'Add note' },
  TASK: { title: 'Add a task', submit: 'Add task' },
}

function firstLine(text: string | null, max = 80): string | null {
  const line = text?.trim().split('\n')[0]?.trim()
  if (!line) return null
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** How an activity is named in headings, buttons and messages: its subject, else its text. */
export function activityTitle(activity: Pick<Activity, 'type' | 'subject' | 'body'>): string {
  return firstLine(activity.subject) ?? firstLine(activity.body) ?? TYPE_LABELS[activity.type].one
}

/** A call's length as it reads: "45 s", "12 min 30 s", "1 h 5 min". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || seconds < 0) return ''
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', s || (!h && !m) ? `${s} s` : '']
  return parts.filter(Boolean).join(' ')
}

const rangeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A meeting's time: "Nov 21, 2026, 9:00 – 10:00 AM" (the day once when it starts and ends on it). */
export function formatTimeRange(startsAt: string | null, endsAt: string | null): string {
  const start = startsAt ? new Date(startsAt) : null
  const end = endsAt ? new Date(endsAt) : null
  if (!start || Number.isNaN(start.getTime())) return ''
  if (!end || Number.isNaN(end.getTime()) || end < start) return rangeFormat.format(start)
  return rangeFormat.formatRange(start, end)
}
