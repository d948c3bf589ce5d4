import { describe, expect, it } from 'vitest'
import { newDraft, toNewField, validateDraft } from './customFieldDraft'

describe('custom field form', () => {
  it('builds the definition to send, with the default value in the field kind', () => {
    const draft = {
      ...newDraft(),
      label: ' Budget ',
      name: 'budget',
      kind: 'CURRENCY' as const,
      currency: 'EUR',
      defaultValue: '1000',
      options: ['stale'],
    }
    expect(validateDraft(draft, true)).toEqual({})
    expect(toNewField(draft, 'contact')).toEqual({
      entityType: 'contact',
      name: 'budget',
      kind: 'CURRENCY',
      label: 'Budget',
      required: false,
      defaultValue: 1000,
      options: [],
      currency: 'EUR',
    })
  })

  it('refuses what the server refuses', () => {
    expect(
      validateDraft(
        { ...newDraft(), label: '', name: '9lives', kind: 'SINGLE_SELECT', defaultValue: 'x' },
        true,
      ),
    ).toEqual({
      label: 'Enter a label.',
      name: 'Start with a lowercase letter; use only letters, digits and _ (at most 64).',
      options: 'Add at least one option.',
      defaultValue: 'Choose one of .',
    })
    expect(
      validateDraft({ ...newDraft(), label: 'Spend', kind: 'CURRENCY', currency: 'euro' }, false),
    ).toEqual({ currency: 'Enter an ISO 4217 code such as EUR.' })
  })
})
