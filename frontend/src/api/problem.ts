import { AxiosHeaders, isAxiosError, type AxiosResponse } from 'axios'
import type { ProblemDocument } from './types'

/** What the UI needs from a failed request, whatever shape the failure took. */
export interface Problem {
  /** HTTP status, or null when no response arrived (offline, timeout, aborted). */
  status: number | null
  title: string
  /** A sentence written for a person; always present. */
  detail: string
  /**
   * The server's own `detail`, as sent (null without one). `detail` words a 429 itself, with the
   * wait; a limit reached rather than a throttle (the day's emails) needs the server's words.
   */
  serverDetail: string | null
  code: string | null
  /** Server-side validation messages by request field name (first message per field). */
  fieldErrors: Record<string, string>
  /** Seconds to wait, from a 429 or 503 Retry-After header. */
  retryAfterSeconds: number | null
}

const GENERIC_TITLES: Record<number, string> = {
  400: 'The request was not valid',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  429: 'Too many attempts',
}

const GENERIC_DETAILS: Record<number, string> = {
  400: 'Some of the information sent was not valid. Check the form and try again.',
  401: 'Your session has ended. Sign in again to continue.',
  403: 'You do not have permission to do that.',
  404: 'What you were looking for does not exist or is no longer available.',
  409: 'Someone else changed this in the meantime. Reload and try again.',
  413: 'What you sent is too large.',
}

const OFFLINE_DETAIL = 'Cannot reach the server. Check your connection and try again.'
const SERVER_DETAIL = 'Something went wrong on our side. Try again in a moment.'

/** Seconds from a Retry-After header: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const text = String(value).trim()
  if (/^\d+$/.test(text)) return Number(text)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}

export function tooManyAttemptsMessage(seconds: number | null): string {
  if (seconds === null) return 'Too many attempts, try again in a moment.'
  const wait = Math.max(1, seconds)
  return `Too many attempts, try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}.`
}

function header(headers: AxiosResponse['headers'] | undefined, name: string): unknown {
  return new AxiosHeaders(headers as Record<string, string> | undefined).get(name)
}

function isProblemDocument(data: unknown): data is ProblemDocument {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function collectFieldErrors(errors: ProblemDocument['errors']): Record<string, string> {
  const result: Record<string, string> = {}
  if (!Array.isArray(errors)) return result
  for (const entry of errors) {
    const field = nonEmpty(entry?.field)
    const message = nonEmpty(entry?.message)
    if (field && message && !(field in result)) result[field] = message
  }
  return result
}

/** Turns anything a request can throw into a {@link Problem}; never throws itself. */
export function parseProblem(error: unknown): Problem {
  if (!isAxiosError(error) || !error.response) {
    const offline = isAxiosError(error)
    return {
      status: null,
      title: offline ? 'No connection' : 'Unexpected error',
      detail: offline ? OFFLINE_DETAIL : SERVER_DETAIL,
      serverDetail: null,
      code: null,
      fieldErrors: {},
      retryAfterSeconds: null,
    }
  }

  const { status, data, headers } = error.response
  const document: ProblemDocument = isProblemDocument(data) ? data : {}
  const retryAfterSeconds =
    status === 429 || status === 503 ? parseRetryAfter(header(headers, 'retry-after')) : null

  const serverDetail = nonEmpty(document.detail)
  let detail = serverDetail ?? GENERIC_DETAILS[status] ?? SERVER_DETAIL
  if (status === 429) detail = tooManyAttemptsMessage(retryAfterSeconds)

  return {
    status,
    title: nonEmpty(document.title) ?? GENERIC_TITLES[status] ?? 'Server error',
    detail,
    serverDetail,
    code: nonEmpty(document.code),
    fieldErrors: collectFieldErrors(document.errors),
    retryAfterSeconds,
  }
}
