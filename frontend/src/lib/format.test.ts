import { describe, expect, it } from 'vitest'
import { formatRelative } from './format'

const NOW = Date.parse('2026-11-20T12:00:00Z')
const relative = (iso: string) => formatRelative(iso, NOW)
const expected = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(value, unit)

describe('formatRelative', () => {
  it('says how long ago or how far ahead a time is, in the largest fitting unit', () => {
    expect(relative('2026-11-20T11:59:30Z')).toBe('just now')
    expect(relative('2026-11-20T11:55:00Z')).toBe(expected(-5, 'minute'))
    expect(relative('2026-11-20T09:00:00Z')).toBe(expected(-3, 'hour'))
    expect(relative('2026-11-19T12:00:00Z')).toBe(expected(-1, 'day'))
    expect(relative('2026-11-23T12:00:00Z')).toBe(expected(3, 'day'))
    expect(relative('2026-08-20T12:00:00Z')).toBe(expected(-3, 'month'))
    expect(relative('2024-11-20T12:00:00Z')).toBe(expected(-2, 'year'))
  })

  it('leaves out what is not a time', () => {
    expect(formatRelative(null, NOW)).toBe('')
    expect(formatRelative('soon', NOW)).toBe('')
  })
})
