import { describe, expect, it } from 'vitest'
import type { CustomField, FieldKind } from '@/api/records'
import {
  customFieldErrors,
  customFieldsPayload,
  displayValue,
  formValues,
  keyFromLabel,
  problemWith,
} from './customFields'

function field(kind: FieldKind, extra: Partial<CustomField> = {}): CustomField {
  return {
    id: `id-${kind}`,
    entityType: 'contact',
    name: kind.toLowerCase(),
    label: kind.charAt(0) + kind.slice(1).toLowerCase(),
    kind,
    required: false,
    defaultValue: null,
    options: [],
    currency: null,
    position: 0,
    createdAt: '',
    updatedAt: '',
    version: 0,
    ...extra,
  }
}

describe('custom field values', () => {
  it('starts a new record with the defaults and an existing one with its values', () => {
    const fields = [
      field('NUMBER', { defaultValue: 5 }),
      field('BOOLEAN', { defaultValue: true }),
      field('MULTI_SELECT', { options: ['a', 'b'], defaultValue: ['b'] }),
      field('TEXT'),
    ]
    expect(formValues(fields, null)).toEqual({
      number: '5',
      boolean: true,
      multi_select: ['b'],
      text: '',
    })
    expect(formValues(fields, { number: 12.5 })).toEqual({
      number: '12.5',
      boolean: false,
      multi_select: [],
      text: '',
    })
  })

  it('sends numbers as numbers, blanks as null (clearing the value) and flags as booleans', () => {
    const fields = [
      field('CURRENCY', { currency: 'EUR' }),
      field('TEXT'),
      field('BOOLEAN'),
      field('MULTI_SELECT', { options: ['a'] }),
      field('DATE'),
    ]
    expect(
      customFieldsPayload(fields, {
        currency: ' 1200.50 ',
        text: '  ',
        boolean: false,
        multi_select: [],
        date: '2026-11-26',
      }),
    ).toEqual({
      currency: 1200.5,
      text: null,
      boolean: false,
      multi_select: null,
      date: '2026-11-26',
    })
  })

  it.each([
    ['NUMBER', '12x', 'Enter a number, like 1200 or 12.5.'],
    ['NUMBER', '-3.25', undefined],
    ['DATE', '2026-02-30', 'Enter a date like 2026-11-26.'],
    ['DATE', '2026-02-28', undefined],
    ['URL', 'javascript:alert(1)', 'Enter a web address starting with https://.'],
    ['URL', 'https://acme.example/x', undefined],
    ['EMAIL', 'ada@acme', 'Enter a valid email address, like name@example.com.'],
    ['PHONE', '+1 (555) 010-9999 x12', undefined],
    ['PHONE', 'call me', 'Enter a phone number, like +1 555 010 9999.'],
    ['TEXT', 'x'.repeat(256), 'Use at most 255 characters.'],
  ] as const)('checks a %s value %j like the server', (kind, value, message) => {
    expect(problemWith(field(kind), value)).toBe(message)
  })

  it('wants a value in required fields, keyed as the server names them', () => {
    const fields = [
      field('SINGLE_SELECT', { name: 'tier', label: 'Tier', required: true, options: ['Gold'] }),
      field('BOOLEAN', { required: true }),
    ]
    expect(customFieldErrors(fields, { tier: '', boolean: false })).toEqual({
      'customFields.tier': 'Enter Tier.',
    })
    expect(customFieldErrors(fields, { tier: 'Silver', boolean: false })).toEqual({
      'customFields.tier': 'Choose one of Gold.',
    })
  })

  it('reads values for the detail page', () => {
    expect(displayValue(field('BOOLEAN'), false)).toBe('No')
    expect(displayValue(field('MULTI_SELECT'), ['a', 'b'])).toBe('a, b')
    expect(displayValue(field('TEXT'), null)).toBe('—')
    expect(displayValue(field('CURRENCY', { currency: 'EUR' }), 1200)).toMatch(/1,200/)
  })

  it('derives a key from a label', () => {
    expect(keyFromLabel('Annual budget (€)')).toBe('annualBudget')
    expect(keyFromLabel('Müller rating')).toBe('mullerRating')
    expect(keyFromLabel('2nd phone')).toBe('field2ndPhone')
    expect(keyFromLabel('  ')).toBe('')
  })
})
