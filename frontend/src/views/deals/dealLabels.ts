import type { DealStatus, RequiredField } from '@/api/dealRecords'

export const STATUS_LABELS: Record<DealStatus, string> = {
  OPEN: 'Open',
  WON: 'Won',
  LOST: 'Lost',
}

export const STATUS_TONES: Record<DealStatus, 'brand' | 'success' | 'danger'> = {
  OPEN: 'brand',
  WON: 'success',
  LOST: 'danger',
}

/** How the fields a stage can require are labelled in forms and lists. */
export const REQUIRED_FIELD_LABELS: Record<RequiredField, string> = {
  value: 'Value',
  expectedCloseDate: 'Expected close date',
  contactId: 'Contact',
  companyId: 'Company',
  lostReason: 'Lost reason',
}
