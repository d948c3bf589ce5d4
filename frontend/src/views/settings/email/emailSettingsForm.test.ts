import { describe, expect, it } from 'vitest'
import type { CommunicationSettings } from '@/api/communicationRecords'
import {
  changesSomething,
  settingsPatch,
  validateEmailSettings,
  valuesOf,
  type EmailSettingsValues,
} from './emailSettingsForm'

const saved: CommunicationSettings = {
  senderName: null,
  replyTo: null,
  trackingEnabled: true,
  wonDealFollowUp: 'NONE',
  followUpDueDays: 2,
  followUpTemplateId: null,
  updatedBy: null,
  updatedAt: '2026-11-27T10:00:00Z',
  version: 3,
}

const form = (overrides: Partial<EmailSettingsValues> = {}): EmailSettingsValues => ({
  ...valuesOf(saved),
  ...overrides,
})

describe('email settings form', () => {
  it('starts from the saved settings, empty texts for what is not set', () => {
    expect(valuesOf(saved)).toEqual({
      senderName: '',
      replyTo: '',
      trackingEnabled: true,
      wonDealFollowUp: 'NONE',
      followUpDueDays: '2',
      followUpTemplateId: '',
    })
  })

  it('sends only what changed, with the version read', () => {
    const patch = settingsPatch(
      form({ senderName: ' Acme Sales ', trackingEnabled: false, followUpDueDays: '9' }),
      saved,
    )
    // the due days count only with a follow-up
    expect(patch).toEqual({ senderName: 'Acme Sales', trackingEnabled: false, version: 3 })
    expect(changesSomething(patch)).toBe(true)
    expect(changesSomething(settingsPatch(form(), saved))).toBe(false)
  })

  it('clears a sender name or reply-to address emptied, as null', () => {
    const set = { ...saved, senderName: 'Acme', replyTo: 'sales@acme.example' }
    expect(settingsPatch(form({ senderName: '  ', replyTo: '' }), set)).toEqual({
      senderName: null,
      replyTo: null,
      version: 3,
    })
  })

  it('sends the follow-up with its due days and, for an email, its template', () => {
    expect(
      settingsPatch(
        form({ wonDealFollowUp: 'TASK_AND_EMAIL', followUpDueDays: '5', followUpTemplateId: 't1' }),
        saved,
      ),
    ).toEqual({
      wonDealFollowUp: 'TASK_AND_EMAIL',
      followUpDueDays: 5,
      followUpTemplateId: 't1',
      version: 3,
    })
    expect(
      settingsPatch(form({ wonDealFollowUp: 'TASK', followUpTemplateId: 't1' }), saved),
    ).toEqual({ wonDealFollowUp: 'TASK', version: 3 })
  })

  it('refuses what the server refuses', () => {
    expect(validateEmailSettings(form())).toEqual({})
    expect(
      validateEmailSettings(
        form({
          senderName: 'Acme <sales>',
          replyTo: 'not an address',
          wonDealFollowUp: 'TASK_AND_EMAIL',
          followUpDueDays: '91',
        }),
      ),
    ).toEqual({
      senderName: 'Use a plain name, without quotes or angle brackets.',
      replyTo: 'Enter an email address, like sales@example.com, or leave it empty.',
      followUpDueDays: 'Enter a number of days from 0 to 90.',
      followUpTemplateId: 'Choose the template to send.',
    })
    expect(validateEmailSettings(form({ senderName: 'x'.repeat(101) }))).toEqual({
      senderName: 'Use at most 100 characters.',
    })
    expect(validateEmailSettings(form({ wonDealFollowUp: 'TASK', followUpDueDays: '0' }))).toEqual(
      {},
    )
    expect(validateEmailSettings(form({ wonDealFollowUp: 'TASK', followUpDueDays: '-1' }))).toEqual(
      { followUpDueDays: 'Enter a number of days from 0 to 90.' },
    )
  })
})
