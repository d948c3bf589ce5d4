import type { AxiosInstance, InternalAxiosRequestConfig } from 'axios'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { networkError, reply } from '@/testing/axios'
import { attachSession, createHttpClient, REFRESH_PATH, type SessionPort } from './http'
import type { TokenResponse } from './types'

/** A session held in plain variables, as the store would hold it. */
function fakeSession(): SessionPort & { state: { access: string | null; refresh: string | null } } {
  const state = { access: 'access-1' as string | null, refresh: 'refresh-1' as string | null }
  return {
    state,
    accessToken: () => state.access,
    refreshToken: () => state.refresh,
    tenant: () => 'acme',
    refreshed: vi.fn((tokens: TokenResponse) => {
      state.access = tokens.accessToken
      state.refresh = tokens.refreshToken
    }),
    expired: vi.fn(() => {
      state.access = null
      state.refresh = null
    }),
  }
}

const bearer = (config: InternalAxiosRequestConfig) => config.headers.get('Authorization')

describe('http session handling', () => {
  let client: AxiosInstance
  let session: ReturnType<typeof fakeSession>
  let sent: InternalAxiosRequestConfig[]
  let refreshAnswer: (config: InternalAxiosRequestConfig) => ReturnType<typeof reply>

  beforeEach(() => {
    client = createHttpClient()
    session = fakeSession()
    sent = []
    refreshAnswer = (config) =>
      reply(config, 200, { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 })
    // The server accepts only the current access token "access-2".
    client.defaults.adapter = async (config) => {
      sent.push(config)
      if (config.url === REFRESH_PATH) {
        await new Promise((resolve) => setTimeout(resolve, 5))
        return refreshAnswer(config)
      }
      if (config.url === '/api/auth/login') return reply(config, 401, { title: 'Unauthorized' })
      return bearer(config) === 'Bearer access-2'
        ? reply(config, 200, { url: config.url })
        : reply(config, 401, { title: 'Unauthorized' })
    }
    attachSession(client, session)
  })

  const refreshCalls = () => sent.filter((config) => config.url === REFRESH_PATH)

  it('sends the access token and the tenant with every request', async () => {
    session.state.access = 'access-2'
    await client.get('/api/auth/profile')
    expect(bearer(sent[0]!)).toBe('Bearer access-2')
    expect(sent[0]!.headers.get('X-Tenant')).toBe('acme')
  })

  it('sends no session headers with anonymous requests and does not refresh on their 401', async () => {
    await expect(
      client.post('/api/auth/login', { tenant: 'acme' }, { anonymous: true }),
    ).rejects.toMatchObject({ response: { status: 401 } })
    expect(bearer(sent[0]!)).toBeUndefined()
    expect(sent[0]!.headers.get('X-Tenant')).toBeUndefined()
    expect(refreshCalls()).toHaveLength(0)
  })

  it('refreshes once for concurrent 401s and retries each request with the new token', async () => {
    const responses = await Promise.all([
      client.get('/api/tenants/users'),
      client.get('/api/tenants/invitations'),
      client.get('/api/tenants/current'),
    ])

    expect(responses.map((response) => response.status)).toEqual([200, 200, 200])
    expect(refreshCalls()).toHaveLength(1)
    expect(refreshCalls()[0]!.data).toBe(JSON.stringify({ refreshToken: 'refresh-1' }))
    expect(refreshCalls()[0]!.headers.get('X-Tenant')).toBe('acme')
    expect(bearer(refreshCalls()[0]!)).toBeUndefined()
    expect(session.refreshed).toHaveBeenCalledOnce()
    expect(session.state).toEqual({ access: 'access-2', refresh: 'refresh-2' })
    const retried = sent.filter((config) => bearer(config) === 'Bearer access-2')
    expect(retried.map((config) => config.url).sort()).toEqual([
      '/api/tenants/current',
      '/api/tenants/invitations',
      '/api/tenants/users',
    ])
  })

  it('only retries a request whose 401 arrives after another request renewed the token', async () => {
    const base = client.defaults.adapter as (c: InternalAxiosRequestConfig) => Promise<unknown>
    client.defaults.adapter = async (config) => {
      // Sent with the old token, but answered only once the renewal is over.
      if (config.url === '/api/slow' && bearer(config) === 'Bearer access-1') {
        await new Promise((resolve) => setTimeout(resolve, 30))
      }
      return base(config) as ReturnType<typeof reply>
    }

    const [slow, fast] = await Promise.all([client.get('/api/slow'), client.get('/api/fast')])

    expect([slow.status, fast.status]).toEqual([200, 200])
    expect(refreshCalls()).toHaveLength(1)
  })

  it('clears the session once and fails the requests when the refresh is refused', async () => {
    refreshAnswer = (config) => reply(config, 401, { title: 'Refresh token invalid' })

    const results = await Promise.allSettled([
      client.get('/api/tenants/users'),
      client.get('/api/tenants/current'),
    ])

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    for (const result of results) {
      expect(result).toMatchObject({ reason: { response: { status: 401 } } })
    }
    expect(refreshCalls()).toHaveLength(1)
    expect(session.expired).toHaveBeenCalledOnce()
    expect(session.state).toEqual({ access: null, refresh: null })
  })

  it('keeps the session when the refresh fails for lack of a connection', async () => {
    refreshAnswer = (config) => Promise.reject(networkError(config))

    await expect(client.get('/api/tenants/users')).rejects.toMatchObject({
      response: { status: 401 },
    })
    expect(session.expired).not.toHaveBeenCalled()
    expect(session.state.refresh).toBe('refresh-1')
  })

  it('gives up after one retry instead of looping', async () => {
    client.defaults.adapter = async (config) => {
      sent.push(config)
      if (config.url === REFRESH_PATH) return refreshAnswer(config)
      return reply(config, 401, { title: 'Unauthorized' })
    }

    await expect(client.get('/api/tenants/users')).rejects.toMatchObject({
      response: { status: 401 },
    })
    expect(refreshCalls()).toHaveLength(1)
    expect(sent.filter((config) => config.url === '/api/tenants/users')).toHaveLength(2)
  })

  it('does not refresh for sign-out', async () => {
    await expect(
      client.post('/api/auth/logout', { refreshToken: 'refresh-1' }, { noRefresh: true }),
    ).rejects.toMatchObject({ response: { status: 401 } })
    expect(bearer(sent[0]!)).toBe('Bearer access-1')
    expect(refreshCalls()).toHaveLength(0)
  })

  it('expires the session without asking the server when there is no refresh token', async () => {
    session.state.refresh = null
    await expect(client.get('/api/tenants/users')).rejects.toMatchObject({
      response: { status: 401 },
    })
    expect(refreshCalls()).toHaveLength(0)
    expect(session.expired).toHaveBeenCalledOnce()
  })
})
