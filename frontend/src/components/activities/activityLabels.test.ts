import { describe, expect, it } from 'vitest'
import { anActivity } from '@/testing/activities'
import { activityTitle, formatDuration, formatTimeRange } from './activityLabels'

describe('activity labels', () => {
  it('names an activity by its subject, else the first line of its text, else its type', () => {
    expect(activityTitle(anActivity('a', { subject: ' Demo ', body: 'Text' }))).toBe('Demo')
    expect(activityTitle(anActivity('a', { body: '\nPrefers email.\nCall after 3.' }))).toBe(
      'Prefers email.',
    )
    expect(activityTitle(anActivity('a', { type: 'CALL', body: null }))).toBe('Call')
    expect(activityTitle(anActivity('a', { subject: 'x'.repeat(100) }))).toHaveLength(80)
  })

  it('reads a call’s length as people say it', () => {
    expect(formatDuration(45)).toBe('45 s')
    expect(formatDuration(750)).toBe('12 min 30 s')
    expect(formatDuration(3900)).toBe('1 h 5 min')
    expect(formatDuration(0)).toBe('0 s')
    expect(formatDuration(null)).toBe('')
  })

  it('shows a meeting’s start and end, or its start when the end is missing', () => {
    const start = '2026-11-21T09:00:00Z'
    const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    expect(formatTimeRange(start, '2026-11-21T10:00:00Z')).toBe(
      format.formatRange(new Date(start), new Date('2026-11-21T10:00:00Z')),
    )
    expect(formatTimeRange(start, null)).toBe(format.format(new Date(start)))
    expect(formatTimeRange(null, null)).toBe('')
  })
})
