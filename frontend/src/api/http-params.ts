import type { PageParams } from './types'

/** Query values as Axios sends them: arrays repeat the parameter (`tag=a&tag=b`). */
export type QueryParams = Record<string, string | number | string[] | null | undefined>

export function pageQuery({ limit, cursor }: PageParams): QueryParams {
  const query: QueryParams = {}
  if (limit !== undefined) query.limit = limit
  if (cursor) query.cursor = cursor
  return query
}

/** `tag=a&tag=b` rather than Axios' default `tag[]=a&tag[]=b`, as Spring expects. */
export function serializeQuery(params: QueryParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item))
  }
  return search.toString()
}

export const MERGE_PATCH = { 'Content-Type': 'application/merge-patch+json' }

export const id = (value: string) => encodeURIComponent(value)
