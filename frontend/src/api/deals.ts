import { http } from './http'
import { id, MERGE_PATCH, serializeQuery, type QueryParams } from './http-params'
import type {
  AnalyticsFilters,
  AnalyticsReports,
  Board,
  BoardParams,
  BulkStageMove,
  CustomerDealSummary,
  Deal,
  DealInput,
  DealListParams,
  DealPatch,
  StageChange,
} from './dealRecords'
import type { Page } from './types'

/** What a contact's deals, or a company group's (every company id given), add up to by status. */
export async function getCustomerDeals(
  customer: { contactId: string } | { companyIds: string[] },
  signal?: AbortSignal,
): Promise<CustomerDealSummary> {
  const params: QueryParams =
    'contactId' in customer ? { contactId: customer.contactId } : { companyId: customer.companyIds }
  const { data } = await http.get<CustomerDealSummary>('/api/deals/summary', {
    params,
    signal,
    paramsSerializer: { serialize: (p) => serializeQuery(p as QueryParams) },
  })
  return data
}

/** Deals, newest first, filtered by pipeline, stage, owner, status, contact or company. */
export async function listDeals(params: DealListParams, signal?: AbortSignal): Promise<Page<Deal>> {
  const { data } = await http.get<Page<Deal>>('/api/deals', { params, signal })
  return data
}

/** The pipeline's columns with their first deals; without `pipelineId` the default pipeline. */
export async function getBoard(params: BoardParams, signal?: AbortSignal): Promise<Board> {
  const { data } = await http.get<Board>('/api/deals/board', { params, signal })
  return data
}

export async function getDeal(dealId: string): Promise<Deal> {
  const { data } = await http.get<Deal>(`/api/deals/${id(dealId)}`)
  return data
}

export async function createDeal(input: DealInput): Promise<Deal> {
  const { data } = await http.post<Deal>('/api/deals', input)
  return data
}

/** Replaces the deal; `input.version` must be the one read (409 when someone else saved). */
export async function replaceDeal(dealId: string, input: DealInput): Promise<Deal> {
  const { data } = await http.put<Deal>(`/api/deals/${id(dealId)}`, input)
  return data
}

/** Changes only the properties named, e.g. `{stageId, version}` to move the deal. */
export async function patchDeal(dealId: string, patch: DealPatch): Promise<Deal> {
  const { data } = await http.patch<Deal>(`/api/deals/${id(dealId)}`, patch, {
    headers: MERGE_PATCH,
  })
  return data
}

export async function deleteDeal(dealId: string): Promise<void> {
  await http.delete(`/api/deals/${id(dealId)}`)
}

export async function restoreDeal(dealId: string): Promise<Deal> {
  const { data } = await http.post<Deal>(`/api/deals/${id(dealId)}/restore`)
  return data
}

/** The deal's stage changes, newest first. */
export async function getDealHistory(dealId: string): Promise<Page<StageChange>> {
  const { data } = await http.get<Page<StageChange>>(`/api/deals/${id(dealId)}/history`)
  return data
}

/** Moves up to 100 deals to one stage: all of them or none. */
export async function moveDeals(move: BulkStageMove): Promise<Page<Deal>> {
  const { data } = await http.post<Page<Deal>>('/api/deals/bulk/stage', move)
  return data
}

export type AnalyticsReport = keyof AnalyticsReports

/** A report's figures and when the server computed them (they are served for a short while). */
export interface ComputedReport<T> {
  figures: T
  /** From `Last-Modified`: an HTTP date, or null when the server did not say. */
  computedAt: string | null
}

export async function getAnalytics<R extends AnalyticsReport>(
  report: R,
  filters: AnalyticsFilters,
  signal?: AbortSignal,
): Promise<ComputedReport<AnalyticsReports[R]>> {
  const response = await http.get<AnalyticsReports[R]>(`/api/deals/analytics/${report}`, {
    params: filters,
    signal,
  })
  const lastModified = response.headers['last-modified']
  return {
    figures: response.data,
    computedAt: typeof lastModified === 'string' ? lastModified : null,
  }
}
