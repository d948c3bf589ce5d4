import type { Deal, DealInput, DealPatch, RequiredField } from '@/api/dealRecords'
import { isDate, parseNumber } from '@/lib/formats'
import { orNull } from '@/lib/recordForms'

/** Client checks of the deal form and of the fields a stage asks for, mirroring DealData. */

export interface DealFormValues {
  name: string
  value: string
  currency: string
  pipelineId: string
  stageId: string
  contactId: string
  companyId: string
  ownerId: string
  expectedCloseDate: string
  lostReason: string
}

/** What a stage may ask for before a deal enters it (value comes with its currency). */
export type RequirementValues = Pick<
  DealFormValues,
  'value' | 'currency' | 'expectedCloseDate' | 'lostReason' | 'contactId' | 'companyId'
>

export const DEFAULT_CURRENCY = 'USD'
const VALUE_MAX = 9_999_999_999_999_999.99
const AMOUNT_PATTERN = /^\d+(\.\d{1,2})?$/

const MISSING: Record<RequiredField, string> = {
  value: 'Enter a value.',
  expectedCloseDate: 'Enter an expected close date.',
  contactId: 'Choose a contact.',
  companyId: 'Choose a company.',
  lostReason: 'Enter why the deal was lost.',
}

type Errors = Record<string, string>

export function emptyRequirements(deal: Deal | null): RequirementValues {
  return {
    value: deal?.value === null || deal?.value === undefined ? '' : String(deal.value),
    currency: deal?.currency ?? DEFAULT_CURRENCY,
    expectedCloseDate: deal?.expectedCloseDate ?? '',
    lostReason: deal?.lostReason ?? '',
    contactId: deal?.contactId ?? '',
    companyId: deal?.companyId ?? '',
  }
}

/** Format checks of the stage-related fields, and presence of those `required`. */
export function validateRequirements(
  values: RequirementValues,
  required: readonly RequiredField[],
): Errors {
  const errors: Errors = {}
  for (const field of required) {
    if (values[field].trim() === '') errors[field] = MISSING[field]
  }
  const value = values.value.trim()
  if (value !== '' && !errors.value) {
    const amount = parseNumber(value)
    if (amount === null || amount < 0 || !AMOUNT_PATTERN.test(value)) {
      errors.value = 'Enter an amount of 0 or more, like 1200 or 1200.50.'
    } else if (amount > VALUE_MAX) {
      errors.value = 'Enter a smaller amount.'
    }
  }
  if (!/^[A-Za-z]{3}$/.test(values.currency.trim())) {
    errors.currency = 'Enter an ISO 4217 code such as EUR.'
  }
  const day = values.expectedCloseDate.trim()
  if (day !== '' && !isDate(day)) errors.expectedCloseDate = 'Enter a date like 2026-11-26.'
  if (values.lostReason.trim().length > 500) errors.lostReason = 'Use at most 500 characters.'
  return errors
}

/**
 * Checks the whole form. The stage's required fields count only when the deal enters the stage
 * (a new deal, or another stage than the saved one), as the server checks them on a stage change.
 */
export function validateDeal(
  values: DealFormValues,
  stageRequires: readonly RequiredField[],
  enteringStage: boolean,
): Errors {
  const errors = validateRequirements(values, enteringStage ? stageRequires : [])
  const name = values.name.trim()
  if (name === '') errors.name = 'A deal needs a name.'
  else if (name.length > 200) errors.name = 'Use at most 200 characters.'
  return errors
}

/** The asked-for fields as a merge patch (a value always with its currency). */
export function requirementsPatch(
  values: RequirementValues,
  fields: readonly RequiredField[],
): DealPatch {
  const patch: DealPatch = {}
  for (const field of fields) {
    if (field === 'value') {
      patch.value = parseNumber(values.value)
      patch.currency = values.currency.trim().toUpperCase()
    } else {
      patch[field] = orNull(values[field])
    }
  }
  return patch
}

/** The form as the API wants it (`ownerId` decided by the caller, who knows the role). */
export function dealInput(values: DealFormValues, ownerId: string | null): DealInput {
  return {
    name: values.name.trim(),
    value: parseNumber(values.value),
    currency: values.currency.trim().toUpperCase() || DEFAULT_CURRENCY,
    pipelineId: values.pipelineId || null,
    stageId: values.stageId || null,
    contactId: values.contactId || null,
    companyId: values.companyId || null,
    ownerId,
    expectedCloseDate: orNull(values.expectedCloseDate),
    lostReason: orNull(values.lostReason),
  }
}
