import type { ImportMapping, ImportPreview, ImportTargetField } from '@/api/records'

/** What stops a mapping from being imported, per column and overall. */
export interface MappingProblems {
  byHeader: Record<string, string>
  missing: string[]
}

export const IGNORE = ''

export function targetOptions(
  fields: readonly ImportTargetField[],
): { value: string; label: string }[] {
  return [
    { value: IGNORE, label: 'Don’t import' },
    ...fields.map((field) => ({
      value: field.key,
      label: field.required ? `${field.label} (required)` : field.label,
    })),
  ]
}

/** Two columns may not fill the same field; required fields need a column. */
export function mappingProblems(
  mapping: ImportMapping,
  fields: readonly ImportTargetField[],
): MappingProblems {
  const headersByField = new Map<string, string[]>()
  for (const [header, key] of Object.entries(mapping)) {
    if (!key) continue
    headersByField.set(key, [...(headersByField.get(key) ?? []), header])
  }
  const byHeader: Record<string, string> = {}
  for (const [key, headers] of headersByField) {
    if (headers.length < 2) continue
    const label = fields.find((field) => field.key === key)?.label ?? key
    for (const header of headers) {
      const others = headers.filter((other) => other !== header).map((other) => `"${other}"`)
      byHeader[header] = `${label} is also filled from ${others.join(', ')}. Choose one column.`
    }
  }
  const missing = fields
    .filter((field) => field.required && !headersByField.has(field.key))
    .map((field) => field.label)
  return { byHeader, missing }
}

export function hasProblems(problems: MappingProblems): boolean {
  return Object.keys(problems.byHeader).length > 0 || problems.missing.length > 0
}

/** Up to three non-blank sample values of a column, to recognise what it holds. */
export function samplesOf(preview: ImportPreview, header: string, count = 3): string[] {
  const index = preview.headers.indexOf(header)
  if (index < 0) return []
  return preview.sampleRows
    .map((row) => (row[index] ?? '').trim())
    .filter(Boolean)
    .slice(0, count)
}

/** The mapping to send: every header present, unmapped ones as null (ignored). */
export function mappingToSend(preview: ImportPreview, mapping: ImportMapping): ImportMapping {
  const result: ImportMapping = {}
  for (const header of preview.headers) result[header] = mapping[header] || null
  return result
}

export function delimiterName(delimiter: string): string {
  switch (delimiter) {
    case ',':
      return 'comma'
    case ';':
      return 'semicolon'
    case '\t':
      return 'tab'
    case '|':
      return 'pipe'
    default:
      return `"${delimiter}"`
  }
}

const PRESETS: Record<string, string> = {
  HUBSPOT: 'HubSpot',
  SALESFORCE: 'Salesforce',
  PIPEDRIVE: 'Pipedrive',
  CRM: 'this CRM',
}

export function presetName(preset: string | null): string | null {
  return preset ? (PRESETS[preset] ?? preset) : null
}
