import type { CustomField, CustomValue, CustomValues, FieldKind } from '@/api/records'
import { isDate, isEmail, isPhone, isWebAddress, parseNumber } from './formats'

/** What a form control holds for a custom field: text for most kinds, a flag, or chosen options. */
export type FormValue = string | boolean | string[]

const KIND_LABELS: Record<FieldKind, string> = {
  TEXT: 'Text',
  LONG_TEXT: 'Long text',
  NUMBER: 'Number',
  CURRENCY: 'Currency',
  DATE: 'Date',
  BOOLEAN: 'Yes / no',
  SINGLE_SELECT: 'Single select',
  MULTI_SELECT: 'Multi select',
  URL: 'Web address',
  EMAIL: 'Email',
  PHONE: 'Phone',
}

export function kindLabel(kind: FieldKind): string {
  return KIND_LABELS[kind] ?? kind
}

export const hasOptions = (kind: FieldKind) => kind === 'SINGLE_SELECT' || kind === 'MULTI_SELECT'

/** The control's value for a stored value (or the field's default for a new record). */
export function toFormValue(field: CustomField, value: CustomValue | undefined): FormValue {
  if (field.kind === 'BOOLEAN') return value === true
  if (field.kind === 'MULTI_SELECT') return Array.isArray(value) ? [...value] : []
  if (value === null || value === undefined || Array.isArray(value)) return ''
  return String(value)
}

/** The JSON value to send; null clears the field. Call only with values that passed `problemWith`. */
export function fromFormValue(field: CustomField, value: FormValue): CustomValue {
  if (field.kind === 'BOOLEAN') return value === true
  if (field.kind === 'MULTI_SELECT') return Array.isArray(value) && value.length > 0 ? value : null
  const text = typeof value === 'string' ? value.trim() : ''
  if (text === '') return null
  if (field.kind === 'NUMBER' || field.kind === 'CURRENCY') return parseNumber(text)
  return text
}

function isBlank(value: FormValue): boolean {
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'string' && value.trim() === ''
}

/** Why the value does not fit the field, in the same terms as the server, or undefined. */
export function problemWith(field: CustomField, value: FormValue): string | undefined {
  if (field.kind === 'BOOLEAN') return undefined
  if (isBlank(value)) return field.required ? `Enter ${field.label}.` : undefined
  if (field.kind === 'MULTI_SELECT') {
    const chosen = value as string[]
    return chosen.every((item) => field.options.includes(item))
      ? undefined
      : `Choose from ${field.options.join(', ')}.`
  }
  const text = (value as string).trim()
  switch (field.kind) {
    case 'TEXT':
      return text.length <= 255 ? undefined : 'Use at most 255 characters.'
    case 'LONG_TEXT':
      return text.length <= 10_000 ? undefined : 'Use at most 10,000 characters.'
    case 'NUMBER':
    case 'CURRENCY':
      return parseNumber(text) === null ? 'Enter a number, like 1200 or 12.5.' : undefined
    case 'DATE':
      return isDate(text) ? undefined : 'Enter a date like 2026-11-26.'
    case 'SINGLE_SELECT':
      return field.options.includes(text) ? undefined : `Choose one of ${field.options.join(', ')}.`
    case 'URL':
      return isWebAddress(text) ? undefined : 'Enter a web address starting with https://.'
    case 'EMAIL':
      return isEmail(text) ? undefined : 'Enter a valid email address, like name@example.com.'
    case 'PHONE':
      return isPhone(text) ? undefined : 'Enter a phone number, like +1 555 010 9999.'
    default:
      return undefined
  }
}

/** Form values for every field: the record's values, or the defaults for a new record. */
export function formValues(
  fields: readonly CustomField[],
  values: CustomValues | null,
): Record<string, FormValue> {
  const result: Record<string, FormValue> = {}
  for (const field of fields) {
    result[field.name] = toFormValue(field, values ? values[field.name] : field.defaultValue)
  }
  return result
}

/** The `customFields` object to send, keyed by field name (nulls clear values). */
export function customFieldsPayload(
  fields: readonly CustomField[],
  values: Record<string, FormValue>,
): CustomValues {
  const result: CustomValues = {}
  for (const field of fields) {
    result[field.name] = fromFormValue(field, values[field.name] ?? toFormValue(field, null))
  }
  return result
}

/** Field errors keyed like the server's (`customFields.<name>`). */
export function customFieldErrors(
  fields: readonly CustomField[],
  values: Record<string, FormValue>,
): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const problem = problemWith(field, values[field.name] ?? toFormValue(field, null))
    if (problem) errors[`customFields.${field.name}`] = problem
  }
  return errors
}

/** How a stored value reads on a detail page. */
export function displayValue(field: CustomField, value: CustomValue | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  if (field.kind === 'BOOLEAN') return value === true ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—'
  if (field.kind === 'CURRENCY' && typeof value === 'number') {
    try {
      return new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: field.currency ?? 'USD',
      }).format(value)
    } catch {
      return `${value} ${field.currency ?? ''}`.trim()
    }
  }
  if (field.kind === 'NUMBER' && typeof value === 'number') {
    return new Intl.NumberFormat().format(value)
  }
  return String(value)
}

/** A field key made from its label: "Annual budget (€)" -> "annualBudget". */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  const camel = words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join('')
  const key = /^[a-z]/.test(camel) ? camel : camel === '' ? '' : `field${camel}`
  return key.slice(0, 64)
}

export const FIELD_KEY_PATTERN = /^[a-z][a-zA-Z0-9_]{0,63}$/
