import { describe, expect, it } from 'vitest'
import type { EmailStatus } from '@/api/communicationRecords'
import { deliveryNote, fromLine, STATUS_LABELS, statusLabel } from './emailLabels'

const NOW = Date.parse('2026-11-20T10:00:00Z')

function state(overrides: Partial<Parameters<typeof deliveryNote>[0]> = {}) {
  return {
    status: 'QUEUED' as EmailStatus,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    bounceReason: null,
    ...overrides,
  }
}

describe('email statuses', () => {
  it('names every status in words, with a colour', () => {
    expect(
      (['QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED', 'RECEIVED'] as const).map(statusLabel),
    ).toEqual(['Queued', 'Sent', 'Delivered', 'Bounced', 'Not sent', 'Received'])
    expect(STATUS_LABELS.DELIVERED.tone).toBe('success')
    expect(STATUS_LABELS.BOUNCED.tone).toBe('danger')
    expect(STATUS_LABELS.FAILED.tone).toBe('danger')
  })

  it('says when a failed attempt is tried again', () => {
    const note = deliveryNote(
      state({
        attempts: 2,
        lastError: 'Connection refused',
        nextAttemptAt: '2026-11-20T10:01:00Z',
      }),
      NOW,
    )
    expect(note?.tone).toBe('info')
    expect(note?.text).toMatch(
      /^Attempt 2 failed: Connection refused\. Next try at .+ \(in 1 minute\)\.$/,
    )
    expect(deliveryNote(state(), NOW)?.text).toBe('It goes out in a moment.')
  })

  it('gives the reason of a failure or a bounce', () => {
    expect(
      deliveryNote(state({ status: 'FAILED', attempts: 1, lastError: '550 no such mailbox' })),
    ).toEqual({
      tone: 'error',
      title: 'Not sent',
      text: 'Gave up after 1 attempt: 550 no such mailbox',
    })
    expect(
      deliveryNote(state({ status: 'BOUNCED', bounceReason: '5.1.1 user unknown' }))?.text,
    ).toBe('5.1.1 user unknown')
    expect(deliveryNote(state({ status: 'SENT' }))).toBeNull()
    expect(deliveryNote(state({ status: 'DELIVERED' }))).toBeNull()
  })

  it('writes the From line with the sender’s name when there is one', () => {
    expect(fromLine({ fromName: 'Northwind', fromAddress: 'crm@x.example' })).toBe(
      'Northwind <crm@x.example>',
    )
    expect(fromLine({ fromName: null, fromAddress: 'crm@x.example' })).toBe('crm@x.example')
  })
})
