import { http } from './http'
import { id, serializeQuery, type QueryParams } from './http-params'
import type { Contact, ContactInput } from './records'
import type { Page, PageParams } from './types'

export async function listContacts(
  params: QueryParams & PageParams,
  signal?: AbortSignal,
): Promise<Page<Contact>> {
  const { data } = await http.get<Page<Contact>>('/api/contacts', {
    params,
    paramsSerializer: { serialize: (p) => serializeQuery(p as QueryParams) },
    signal,
  })
  return data
}

export async function listDeletedContacts(params: PageParams = {}): Promise<Page<Contact>> {
  const { data } = await http.get<Page<Contact>>('/api/contacts/trash', { params })
  return data
}

export async function getContact(contactId: string): Promise<Contact> {
  const { data } = await http.get<Contact>(`/api/contacts/${id(contactId)}`)
  return data
}

export async function createContact(input: ContactInput): Promise<Contact> {
  const { data } = await http.post<Contact>('/api/contacts', input)
  return data
}

/** Replaces the contact; `input.version` must be the one read (409 when someone else saved). */
export async function replaceContact(contactId: string, input: ContactInput): Promise<Contact> {
  const { data } = await http.put<Contact>(`/api/contacts/${id(contactId)}`, input)
  return data
}

export async function deleteContact(contactId: string): Promise<void> {
  await http.delete(`/api/contacts/${id(contactId)}`)
}

export async function restoreContact(contactId: string): Promise<Contact> {
  const { data } = await http.post<Contact>(`/api/contacts/${id(contactId)}/restore`)
  return data
}

/** The CSV of every contact matching the list's filters (without paging). */
export async function exportContacts(params: QueryParams): Promise<Blob> {
  const { data } = await http.get<Blob>('/api/contacts/export', {
    params,
    paramsSerializer: { serialize: (p) => serializeQuery(p as QueryParams) },
    responseType: 'blob',
    headers: { Accept: 'text/csv' },
    timeout: 0,
  })
  return data
}
