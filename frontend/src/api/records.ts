// Shapes of the contact-service (contacts, companies, custom fields, CSV import); keep them in
// step with its response records and docs/adr/0010-customer-book-records.md.

/** Records that carry custom fields; the deal-service keeps deals' values, this service their definitions. */
export type EntityType = 'contact' | 'company' | 'deal'

export type FieldKind =
  | 'TEXT'
  | 'LONG_TEXT'
  | 'NUMBER'
  | 'CURRENCY'
  | 'DATE'
  | 'BOOLEAN'
  | 'SINGLE_SELECT'
  | 'MULTI_SELECT'
  | 'URL'
  | 'EMAIL'
  | 'PHONE'

export const FIELD_KINDS: readonly FieldKind[] = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'CURRENCY',
  'DATE',
  'BOOLEAN',
  'SINGLE_SELECT',
  'MULTI_SELECT',
  'URL',
  'EMAIL',
  'PHONE',
]

/** A custom field value as JSON carries it. */
export type CustomValue = string | number | boolean | string[] | null

export type CustomValues = Record<string, CustomValue>

export interface CustomField {
  id: string
  entityType: EntityType
  name: string
  label: string
  kind: FieldKind
  required: boolean
  defaultValue: CustomValue
  options: string[]
  currency: string | null
  position: number
  createdAt: string
  updatedAt: string
  version: number
}

export interface NewCustomField {
  entityType: EntityType
  name: string
  kind: FieldKind
  label: string
  required: boolean
  defaultValue: CustomValue
  options: string[]
  currency: string | null
}

export type CustomFieldChange = Partial<
  Pick<CustomField, 'label' | 'required' | 'defaultValue' | 'options' | 'currency' | 'version'>
>

export interface Address {
  street: string | null
  city: string | null
  region: string | null
  postalCode: string | null
  country: string | null
}

export interface OwnedRecord {
  id: string
  ownerId: string | null
  createdBy: string | null
  updatedBy: string | null
  createdAt: string
  updatedAt: string
  deletedAt: string | null
  version: number
}

export interface Contact extends OwnedRecord {
  firstName: string | null
  lastName: string | null
  email: string | null
  additionalEmails: string[]
  phone: string | null
  additionalPhones: string[]
  title: string | null
  companyId: string | null
  tags: string[]
  address: Address | null
  notes: string | null
  customFields: CustomValues
}

/** What a client writes of a contact (POST, PUT): the record without its bookkeeping. */
export type ContactInput = Omit<Contact, keyof OwnedRecord> & {
  ownerId: string | null
  version?: number
}

export const COMPANY_SIZES = [
  '1-10',
  '11-50',
  '51-200',
  '201-500',
  '501-1000',
  '1001-5000',
  '5001-10000',
  '10001+',
] as const

export interface Company extends OwnedRecord {
  name: string
  domain: string | null
  industry: string | null
  size: string | null
  website: string | null
  parentId: string | null
  customFields: CustomValues
}

export type CompanyInput = Omit<Company, keyof OwnedRecord> & {
  ownerId: string | null
  version?: number
}

export type ImportStatus = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED'
export type ImportAction = 'CREATE' | 'UPDATE' | 'SKIP' | 'FAIL'
export type ImportPreset = 'HUBSPOT' | 'SALESFORCE' | 'PIPEDRIVE' | 'CRM'

/** header -> target field key, or null to ignore the column. */
export type ImportMapping = Record<string, string | null>

export interface ImportTargetField {
  key: string
  label: string
  required: boolean
}

export interface ImportPreview {
  encoding: string
  delimiter: string
  headers: string[]
  sampleRows: string[][]
  preset: ImportPreset | null
  mapping: ImportMapping
  fields: ImportTargetField[]
}

export interface ImportOutcome {
  row: number
  action: ImportAction
  email: string | null
  reason: string | null
}

export interface ImportJob {
  id: string
  status: ImportStatus
  dryRun: boolean
  fileName: string
  totalRows: number | null
  processedRows: number
  percent: number
  created: number
  updated: number
  skipped: number
  failed: number
  mapping: ImportMapping | null
  failureReason: string | null
  outcomes: ImportOutcome[]
  errorFileUrl: string | null
  createdAt: string
  finishedAt: string | null
}
