import { describe, expect, it } from 'vitest'
import { aTask, anActivity } from '@/testing/activities'
import {
  addDays,
  dayOf,
  entryTime,
  groupByDay,
  isDay,
  weekDays,
  weekOfQuery,
  weekStart,
} from './week'

describe('week', () => {
  it('starts on Monday, whatever day of the week is given', () => {
    expect(weekStart('2026-12-07')).toBe('2026-12-07') // a Monday
    expect(weekStart('2026-12-09')).toBe('2026-12-07')
    expect(weekStart('2026-12-13')).toBe('2026-12-07') // the Sunday ends it
    expect(weekStart('2026-12-14')).toBe('2026-12-14')
    expect(weekStart('2027-01-01')).toBe('2026-12-28') // across the year
  })

  it('moves a week at a time, also across a change to summer time', () => {
    expect(addDays('2026-12-07', 7)).toBe('2026-12-14')
    expect(addDays('2026-12-07', -7)).toBe('2026-11-30')
    expect(addDays('2030-03-25', 7)).toBe('2030-04-01')
    expect(weekDays('2024-02-26')).toEqual([
      '2024-02-26',
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
    ])
  })

  it("reads the URL's week, falling back to today's for anything but a real day", () => {
    expect(weekOfQuery('2026-12-10', '2027-05-05')).toBe('2026-12-07')
    expect(weekOfQuery('', '2026-12-10')).toBe('2026-12-07')
    expect(weekOfQuery('2026-02-30', '2026-12-10')).toBe('2026-12-07')
    expect(weekOfQuery('next', '2026-12-10')).toBe('2026-12-07')
    expect(isDay('2026-12-10')).toBe(true)
    expect(isDay('2026-12-1')).toBe(false)
  })

  it('takes the day of an instant in the time zone given', () => {
    expect(dayOf('2026-12-06T23:30:00Z', 'UTC')).toBe('2026-12-06')
    expect(dayOf('2026-12-06T23:30:00Z', 'Europe/Berlin')).toBe('2026-12-07')
    expect(dayOf('2026-12-07T03:00:00Z', 'America/New_York')).toBe('2026-12-06')
  })

  it('places tasks by due time, meetings by start and calls by their time', () => {
    expect(entryTime(aTask('t', { dueAt: '2026-12-08T09:00:00Z' }))).toBe('2026-12-08T09:00:00Z')
    const meeting = anActivity('m', {
      type: 'MEETING',
      startsAt: '2026-12-09T10:00:00Z',
      endsAt: '2026-12-09T11:00:00Z',
    })
    expect(entryTime(meeting)).toBe('2026-12-09T10:00:00Z')
    const call = anActivity('c', { type: 'CALL', occurredAt: '2026-12-10T15:00:00Z' })
    expect(entryTime(call)).toBe('2026-12-10T15:00:00Z')
  })

  it('groups the entries into the seven days by time, in the member’s time zone', () => {
    const late = aTask('late', { dueAt: '2026-12-08T16:00:00Z' })
    const early = aTask('early', { dueAt: '2026-12-08T07:00:00Z' })
    const sundayNight = aTask('sunday-night', { dueAt: '2026-12-13T23:30:00Z' })
    const mondayInBerlin = aTask('monday-berlin', { dueAt: '2026-12-06T23:30:00Z' })

    const utc = groupByDay('2026-12-07', [late, sundayNight, early], 'UTC')
    expect(utc.map((day) => day.day)).toEqual(weekDays('2026-12-07'))
    expect(utc[1]!.entries.map((entry) => entry.id)).toEqual(['early', 'late'])
    expect(utc[6]!.entries.map((entry) => entry.id)).toEqual(['sunday-night'])
    expect(utc[0]!.entries).toEqual([])

    const berlin = groupByDay('2026-12-07', [sundayNight, mondayInBerlin], 'Europe/Berlin')
    expect(berlin[0]!.entries.map((entry) => entry.id)).toEqual(['monday-berlin'])
    expect(berlin.flatMap((day) => day.entries).map((entry) => entry.id)).not.toContain(
      'sunday-night',
    ) // Monday 00:30 of the next week there
  })
})
