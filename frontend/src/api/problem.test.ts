import { describe, expect, it } from 'vitest'
import { networkError, responseError } from '@/testing/axios'
import { parseProblem, parseRetryAfter, tooManyAttemptsMessage } from './problem'

describe('parseProblem', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const problem = parseProblem(
      responseError(409, {
        type: 'https://crm.example/problems/subdomain-taken',
        title: 'Subdomain taken',
        status: 409,
        detail: 'An organization already uses this subdomain.',
        code: 'SUBDOMAIN_TAKEN',
        errors: [
          { field: 'subdomain', message: 'This subdomain is already taken.' },
          { field: 'subdomain', message: 'A second message for the same field.' },
          { field: 'adminEmail', message: 'Use a work address.' },
        ],
      }),
    )

    expect(problem).toEqual({
      status: 409,
      title: 'Subdomain taken',
      detail: 'An organization already uses this subdomain.',
      serverDetail: 'An organization already uses this subdomain.',
      code: 'SUBDOMAIN_TAKEN',
      fieldErrors: {
        subdomain: 'This subdomain is already taken.',
        adminEmail: 'Use a work address.',
      },
      retryAfterSeconds: null,
    })
  })

  it('skips malformed field errors', () => {
    const problem = parseProblem(
      responseError(400, {
        title: 'Bad Request',
        errors: [
          { field: '', message: 'x' },
          { field: 'email' },
          null,
          { field: 'name', message: 'Required.' },
        ],
      }),
    )
    expect(problem.fieldErrors).toEqual({ name: 'Required.' })
  })

  it('falls back to a sentence for the status when the server sent no detail', () => {
    expect(parseProblem(responseError(403, { title: 'Forbidden', status: 403 })).detail).toBe(
      'You do not have permission to do that.',
    )
    expect(parseProblem(responseError(502, '<html>Bad gateway</html>'))).toMatchObject({
      status: 502,
      title: 'Server error',
      detail: 'Something went wrong on our side. Try again in a moment.',
      serverDetail: null,
      fieldErrors: {},
    })
  })

  it('tells how long to wait after too many attempts', () => {
    const problem = parseProblem(
      responseError(
        429,
        { title: 'Too Many Requests', detail: 'Rate limited' },
        { 'Retry-After': '42' },
      ),
    )
    expect(problem.retryAfterSeconds).toBe(42)
    expect(problem.detail).toBe('Too many attempts, try again in 42 seconds.')
    expect(problem.serverDetail).toBe('Rate limited')
  })

  it('explains a missing connection', () => {
    expect(parseProblem(networkError())).toMatchObject({
      status: null,
      title: 'No connection',
      detail: 'Cannot reach the server. Check your connection and try again.',
    })
  })

  it('never throws, whatever it is given', () => {
    expect(parseProblem(new Error('boom'))).toMatchObject({
      status: null,
      title: 'Unexpected error',
    })
    expect(parseProblem(undefined).fieldErrors).toEqual({})
  })
})

describe('parseRetryAfter', () => {
  it('reads delta seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-26T10:00:00Z')
    expect(parseRetryAfter('30', now)).toBe(30)
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:01:30 GMT', now)).toBe(90)
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter(undefined, now)).toBeNull()
  })

  it('words the wait for a person', () => {
    expect(tooManyAttemptsMessage(1)).toBe('Too many attempts, try again in 1 second.')
    expect(tooManyAttemptsMessage(0)).toBe('Too many attempts, try again in 1 second.')
    expect(tooManyAttemptsMessage(null)).toBe('Too many attempts, try again in a moment.')
  })
})
