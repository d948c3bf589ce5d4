import type { Activity } from '@/api/activityRecords'

/**
 * Days as `YYYY-MM-DD` texts, reckoned on UTC dates so that adding a day never lands on 23:00 or
 * 01:00 across a daylight-saving change; which instants belong to a day is asked of the time zone.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function dateOf(day: string): Date {
  const match = DAY.exec(day)!
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

/** Whether `value` is a real day written `YYYY-MM-DD` (not 2026-02-30). */
export function isDay(value: string): boolean {
  return DAY.test(value) && dateOf(value).toISOString().slice(0, 10) === value
}

export function addDays(day: string, days: number): string {
  const date = dateOf(day)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The Monday of the week `day` is in. */
export function weekStart(day: string): string {
  const sinceMonday = (dateOf(day).getUTCDay() + 6) % 7
  return addDays(day, -sinceMonday)
}

/** The seven days from a Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index))
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The day an instant falls on in `timeZone` (IANA; the browser's when not given). */
export function dayOf(instant: string | Date, timeZone?: string): string {
  const key = timeZone ?? ''
  let format = dayFormats.get(key)
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    dayFormats.set(key, format)
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant)
}

/** The week a URL's `week` names (any day of it), or the week of `today` when it names none. */
export function weekOfQuery(value: string, today: string): string {
  return weekStart(isDay(value) ? value : today)
}

/** Where an entry sits in the calendar: a task at its due time, a meeting at its start, a call when it was. */
export function entryTime(activity: Activity): string {
  if (activity.type === 'TASK') return activity.dueAt ?? activity.occurredAt
  if (activity.type === 'MEETING') return activity.startsAt ?? activity.occurredAt
  return activity.occurredAt
}

export interface CalendarDay {
  day: string
  entries: Activity[]
}

/** The week's seven days, each with its entries by time, as the member's clock (`timeZone`) shows them. */
export function groupByDay(
  monday: string,
  activities: readonly Activity[],
  timeZone?: string,
): CalendarDay[] {
  const days = weekDays(monday).map((day) => ({ day, entries: [] as Activity[] }))
  const byDay = new Map(days.map((calendarDay) => [calendarDay.day, calendarDay.entries]))
  const sorted = [...activities].sort((a, b) => Date.parse(entryTime(a)) - Date.parse(entryTime(b)))
  for (const activity of sorted) byDay.get(dayOf(entryTime(activity), timeZone))?.push(activity)
  return days
}
