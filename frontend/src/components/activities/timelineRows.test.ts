import { describe, expect, it } from 'vitest'
import { anActivity, aRecordedNote } from '@/testing/activities'
import { systemSummary, timelineRows } from './timelineRows'

describe('timelineRows', () => {
  it('folds each run of system entries into one row between what people logged', () => {
    const rows = timelineRows([
      aRecordedNote('s1', 'Moved from Lead to Qualified'),
      aRecordedNote('s2', 'Deal created'),
      anActivity('call', { type: 'CALL' }),
      aRecordedNote('s3', 'Contact created'),
    ])
    expect(rows.map((row) => row.key)).toEqual(['system-s1', 'call', 'system-s3'])
    expect(rows[0]!.system!.map((entry) => entry.id)).toEqual(['s1', 's2'])
    expect(rows[1]!.activity!.id).toBe('call')
  })

  it('keeps a recorded task a row of its own: it is work, not history', () => {
    const rows = timelineRows([
      aRecordedNote('won', 'Deal won'),
      anActivity('follow-up', { type: 'TASK', source: 'deal.closed_won', kind: 'LOGGED' }),
    ])
    expect(rows.map((row) => row.key)).toEqual(['system-won', 'follow-up'])
  })

  it('sums a run up in a few words', () => {
    const run = ['Deal created', 'Moved', 'Moved', 'Deal won', 'Deal lost'].map((subject, i) =>
      aRecordedNote(`s${i}`, subject),
    )
    expect(systemSummary(run)).toBe('Deal created, Moved and 2 more')
    expect(systemSummary(run.slice(0, 1))).toBe('Deal created')
  })
})
