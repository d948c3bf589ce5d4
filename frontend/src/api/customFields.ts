import { http } from './http'
import { id, MERGE_PATCH } from './http-params'
import type { CustomField, CustomFieldChange, EntityType, NewCustomField } from './records'

export async function listCustomFields(entityType: EntityType): Promise<CustomField[]> {
  const { data } = await http.get<CustomField[]>('/api/custom-fields', { params: { entityType } })
  return data
}

export async function createCustomField(field: NewCustomField): Promise<CustomField> {
  const { data } = await http.post<CustomField>('/api/custom-fields', field)
  return data
}

export async function changeCustomField(
  fieldId: string,
  change: CustomFieldChange,
): Promise<CustomField> {
  const { data } = await http.patch<CustomField>(`/api/custom-fields/${id(fieldId)}`, change, {
    headers: MERGE_PATCH,
  })
  return data
}

export async function deleteCustomField(fieldId: string): Promise<void> {
  await http.delete(`/api/custom-fields/${id(fieldId)}`)
}
