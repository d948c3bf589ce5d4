import { describe, expect, it } from 'vitest'
import { aDeal } from '@/testing/deals'
import {
  dealInput,
  emptyRequirements,
  requirementsPatch,
  validateDeal,
  validateRequirements,
  type DealFormValues,
} from './dealForm'

const values: DealFormValues = {
  name: 'Big one',
  value: '',
  currency: 'USD',
  pipelineId: 'p1',
  stageId: 'lead',
  contactId: '',
  companyId: '',
  ownerId: 'me',
  expectedCloseDate: '',
  lostReason: '',
}

describe('deal form', () => {
  it('checks what DealData checks', () => {
    expect(validateDeal(values, [], true)).toEqual({})
    expect(
      validateDeal(
        {
          ...values,
          name: ' ',
          value: '12.345',
          currency: 'euro',
          expectedCloseDate: '2026-13-01',
        },
        [],
        true,
      ),
    ).toEqual({
      name: 'A deal needs a name.',
      value: 'Enter an amount of 0 or more, like 1200 or 1200.50.',
      currency: 'Enter an ISO 4217 code such as EUR.',
      expectedCloseDate: 'Enter a date like 2026-11-26.',
    })
    expect(validateDeal({ ...values, value: '-5' }, [], true).value).toBeDefined()
  })

  it('asks for the stage’s required fields only when the deal enters the stage', () => {
    const required = ['value', 'expectedCloseDate'] as const
    expect(validateDeal(values, required, true)).toEqual({
      value: 'Enter a value.',
      expectedCloseDate: 'Enter an expected close date.',
    })
    expect(validateDeal(values, required, false)).toEqual({})
  })

  it('sends the asked-for fields with the move, a value with its currency', () => {
    const asked = { ...emptyRequirements(aDeal('d1')), value: '5000', currency: 'eur' }
    expect(validateRequirements(asked, ['value'])).toEqual({})
    expect(
      requirementsPatch({ ...asked, lostReason: ' Budget cut ' }, ['value', 'lostReason']),
    ).toEqual({
      value: 5000,
      currency: 'EUR',
      lostReason: 'Budget cut',
    })
    expect(validateRequirements(emptyRequirements(null), ['contactId'])).toEqual({
      contactId: 'Choose a contact.',
    })
  })

  it('builds the request, blanks as null', () => {
    expect(dealInput({ ...values, value: '1200.5', currency: 'eur' }, 'me')).toEqual({
      name: 'Big one',
      value: 1200.5,
      currency: 'EUR',
      pipelineId: 'p1',
      stageId: 'lead',
      contactId: null,
      companyId: null,
      ownerId: 'me',
      expectedCloseDate: null,
      lostReason: null,
    })
  })
})
