import type { CustomField, EntityType, FieldKind, NewCustomField } from '@/api/records'
import {
  FIELD_KEY_PATTERN,
  fromFormValue,
  hasOptions,
  problemWith,
  toFormValue,
  type FormValue,
} from '@/lib/customFields'

/** The custom field form's state: a definition being created or changed. */
export interface FieldDraft {
  label: string
  name: string
  /** The key follows the label until the admin types one. */
  nameEdited: boolean
  kind: FieldKind
  required: boolean
  options: string[]
  currency: string
  defaultValue: FormValue
}

export function newDraft(): FieldDraft {
  return {
    label: '',
    name: '',
    nameEdited: false,
    kind: 'TEXT',
    required: false,
    options: [],
    currency: 'EUR',
    defaultValue: '',
  }
}

export function draftOf(field: CustomField): FieldDraft {
  return {
    label: field.label,
    name: field.name,
    nameEdited: true,
    kind: field.kind,
    required: field.required,
    options: [...field.options],
    currency: field.currency ?? 'EUR',
    defaultValue: toFormValue(field, field.defaultValue),
  }
}

/** A definition shaped like the server's, so the default value is checked and converted as values are. */
export function asField(draft: FieldDraft, entityType: EntityType): CustomField {
  return {
    id: 'draft',
    entityType,
    name: draft.name,
    label: 'the default value',
    kind: draft.kind,
    required: false,
    defaultValue: null,
    options: draft.options,
    currency: draft.currency,
    position: 0,
    createdAt: '',
    updatedAt: '',
    version: 0,
  }
}

export function validateDraft(draft: FieldDraft, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {}
  const label = draft.label.trim()
  if (label === '') errors.label = 'Enter a label.'
  else if (label.length > 100) errors.label = 'Use at most 100 characters.'
  if (creating && !FIELD_KEY_PATTERN.test(draft.name)) {
    errors.name = 'Start with a lowercase letter; use only letters, digits and _ (at most 64).'
  }
  if (hasOptions(draft.kind) && draft.options.length === 0)
    errors.options = 'Add at least one option.'
  if (draft.kind === 'CURRENCY' && !/^[A-Z]{3}$/.test(draft.currency.trim())) {
    errors.currency = 'Enter an ISO 4217 code such as EUR.'
  }
  const defaultProblem = problemWith(asField(draft, 'contact'), draft.defaultValue)
  if (defaultProblem) errors.defaultValue = defaultProblem
  return errors
}

export function toNewField(draft: FieldDraft, entityType: EntityType): NewCustomField {
  return {
    entityType,
    name: draft.name,
    kind: draft.kind,
    label: draft.label.trim(),
    required: draft.required,
    defaultValue: fromFormValue(asField(draft, entityType), draft.defaultValue),
    options: hasOptions(draft.kind) ? draft.options : [],
    currency: draft.kind === 'CURRENCY' ? draft.currency.trim() : null,
  }
}
