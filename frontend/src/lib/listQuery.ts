import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { QueryParams } from '@/api/http-params'

/**
 * What a record list shows: search text, sort and filters, kept in the page's URL so that a reload
 * or a shared link shows the same list. The URL and the API use the same parameter names
 * (`q`, `sort`, `ownerId`, `tag`, `createdAfter`, `cf.<key>`, `cf.<key>.min`, ...).
 */
export interface ListQuery {
  q: string
  /** A whitelisted field, `-` in front for descending; '' for the server's default order. */
  sort: string
  /** Filter values by parameter name; repeatable ones (tags) are arrays. */
  filters: Record<string, string | string[]>
}

export interface ListQuerySpec {
  /** Filter parameters besides `cf.*`. */
  filters: readonly string[]
  /** Filters that may repeat. */
  repeatable?: readonly string[]
  /** Sortable fields besides `cf.<key>`. */
  sortFields: readonly string[]
}

export const MIN_SEARCH_LENGTH = 2

const CUSTOM_FIELD_PARAM = /^cf\.[a-z][a-zA-Z0-9_]{0,63}(\.(min|max))?$/
const CUSTOM_FIELD_SORT = /^cf\.[a-z][a-zA-Z0-9_]{0,63}$/

export function emptyQuery(): ListQuery {
  return { q: '', sort: '', filters: {} }
}

function values(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
}

export function isAllowedSort(sort: string, spec: ListQuerySpec): boolean {
  const field = sort.startsWith('-') ? sort.slice(1) : sort
  return spec.sortFields.includes(field) || CUSTOM_FIELD_SORT.test(field)
}

/** Reads a list query from the URL, ignoring unknown parameters and sorts the server refuses. */
export function parseListQuery(query: LocationQuery, spec: ListQuerySpec): ListQuery {
  const result = emptyQuery()
  result.q = values(query.q)[0] ?? ''
  const sort = values(query.sort)[0] ?? ''
  result.sort = isAllowedSort(sort, spec) ? sort : ''
  for (const [name, value] of Object.entries(query)) {
    if (!spec.filters.includes(name) && !CUSTOM_FIELD_PARAM.test(name)) continue
    const given = values(value)
    if (given.length === 0) continue
    result.filters[name] = spec.repeatable?.includes(name) ? given : given[0]!
  }
  return result
}

function cleanFilters(filters: ListQuery['filters']): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {}
  for (const name of Object.keys(filters).sort()) {
    const value = filters[name]
    if (Array.isArray(value)) {
      const kept = value.map((item) => item.trim()).filter(Boolean)
      if (kept.length > 0) result[name] = kept
    } else if (value !== undefined && value.trim() !== '') {
      result[name] = value.trim()
    }
  }
  return result
}

/** The URL query for a list query: empty values left out, so a plain list has a plain URL. */
export function toRouteQuery(query: ListQuery): LocationQueryRaw {
  const result: LocationQueryRaw = {}
  if (query.q.trim() !== '') result.q = query.q
  if (query.sort !== '') result.sort = query.sort
  return { ...result, ...cleanFilters(query.filters) }
}

/** Whether the search text is long enough to be sent (shorter text searches nothing yet). */
export function searchable(q: string): boolean {
  return q.trim().length >= MIN_SEARCH_LENGTH
}

/** The API parameters for a list query; search text under two characters is not sent. */
export function toApiParams(query: ListQuery): QueryParams {
  const params: QueryParams = { ...cleanFilters(query.filters) }
  if (searchable(query.q)) params.q = query.q.trim()
  if (query.sort !== '') params.sort = query.sort
  return params
}

export function sameQuery(a: LocationQueryRaw | LocationQuery, b: LocationQueryRaw): boolean {
  const normalize = (query: LocationQueryRaw | LocationQuery) =>
    JSON.stringify(
      Object.keys(query)
        .sort()
        .map((key) => [key, query[key]]),
    )
  return normalize(a) === normalize(b)
}

export type SortDirection = 'ascending' | 'descending' | 'none'

/** For `aria-sort`: how the list is sorted by `field`, given the current sort. */
export function sortDirection(sort: string, field: string): SortDirection {
  if (sort === field) return 'ascending'
  if (sort === `-${field}`) return 'descending'
  return 'none'
}

/** Clicking a column header: first ascending, then descending, then back to the default. */
export function nextSort(sort: string, field: string): string {
  if (sort === field) return `-${field}`
  if (sort === `-${field}`) return ''
  return field
}

/** How many filters are set, for the "Filters (3)" button. */
export function activeFilterCount(query: ListQuery): number {
  return Object.keys(cleanFilters(query.filters)).length
}
