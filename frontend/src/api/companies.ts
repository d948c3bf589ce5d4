import { http } from './http'
import { id, serializeQuery, type QueryParams } from './http-params'
import type { Company, CompanyInput } from './records'
import type { Page, PageParams } from './types'

export async function listCompanies(
  params: QueryParams & PageParams,
  signal?: AbortSignal,
): Promise<Page<Company>> {
  const { data } = await http.get<Page<Company>>('/api/companies', {
    params,
    paramsSerializer: { serialize: (p) => serializeQuery(p as QueryParams) },
    signal,
  })
  return data
}

export async function listDeletedCompanies(params: PageParams = {}): Promise<Page<Company>> {
  const { data } = await http.get<Page<Company>>('/api/companies/trash', { params })
  return data
}

export async function getCompany(companyId: string): Promise<Company> {
  const { data } = await http.get<Company>(`/api/companies/${id(companyId)}`)
  return data
}

export async function listChildCompanies(
  companyId: string,
  params: PageParams = {},
): Promise<Page<Company>> {
  const { data } = await http.get<Page<Company>>(`/api/companies/${id(companyId)}/children`, {
    params,
  })
  return data
}

/** The company and every live sub-company below it (at most 500 ids; `truncated` beyond). */
export async function getCompanyGroup(
  companyId: string,
  signal?: AbortSignal,
): Promise<{ ids: string[]; truncated: boolean }> {
  const { data } = await http.get<{ ids: string[]; truncated: boolean }>(
    `/api/companies/${id(companyId)}/group`,
    { signal },
  )
  return data
}

/** The parent, its parent and so on, nearest first. */
export async function listAncestors(companyId: string): Promise<Company[]> {
  const { data } = await http.get<Company[]>(`/api/companies/${id(companyId)}/ancestors`)
  return data
}

export async function createCompany(input: CompanyInput): Promise<Company> {
  const { data } = await http.post<Company>('/api/companies', input)
  return data
}

export async function replaceCompany(companyId: string, input: CompanyInput): Promise<Company> {
  const { data } = await http.put<Company>(`/api/companies/${id(companyId)}`, input)
  return data
}

export async function deleteCompany(companyId: string): Promise<void> {
  await http.delete(`/api/companies/${id(companyId)}`)
}

export async function restoreCompany(companyId: string): Promise<Company> {
  const { data } = await http.post<Company>(`/api/companies/${id(companyId)}/restore`)
  return data
}
