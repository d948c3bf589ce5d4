import axios, { isAxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'
import type { TokenResponse } from './types'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** A public endpoint: send no session headers and never refresh on 401. */
    anonymous?: boolean
    /** Send the bearer token, but do not refresh and retry on 401 (sign-out). */
    noRefresh?: boolean
  }
}

/** What the HTTP layer needs from the session, so that it does not depend on the store. */
export interface SessionPort {
  accessToken: () => string | null
  refreshToken: () => string | null
  /** The signed-in organization's subdomain, sent as `X-Tenant`. */
  tenant: () => string | null
  /** Called with the new token pair after a successful refresh. */
  refreshed: (tokens: TokenResponse) => void
  /** Called once when the session cannot be renewed: clear it and go to sign-in. */
  expired: () => void
}

export const REFRESH_PATH = '/api/auth/refresh'

export function createHttpClient(): AxiosInstance {
  // Same origin: the gateway serves this app at / and the API at /api.
  return axios.create({ baseURL: '', timeout: 30_000, headers: { Accept: 'application/json' } })
}

/** The app's one Axios instance; `attachSession` gives it the token handling at start-up. */
export const http = createHttpClient()

interface RetryMarks {
  _retried?: boolean
  _sentToken?: string | null
}

/** 4xx from the refresh endpoint means the refresh token is no good; anything else may pass. */
function refreshWasRefused(error: unknown): boolean {
  if (!isAxiosError(error)) return true
  const status = error.response?.status
  return status !== undefined && status >= 400 && status < 500
}

/**
 * Adds `Authorization` and `X-Tenant` to every non-anonymous request and, on a 401, renews the
 * access token once (one refresh shared by all requests failing at the same time) and retries.
 * Returns a function that removes the interceptors again.
 */
export function attachSession(client: AxiosInstance, session: SessionPort): () => void {
  let refreshing: Promise<void> | null = null

  async function renew(): Promise<void> {
    const refreshToken = session.refreshToken()
    if (!refreshToken) throw new Error('No refresh token')
    const tenant = session.tenant()
    const { data } = await client.post<TokenResponse>(
      REFRESH_PATH,
      { refreshToken },
      { anonymous: true, headers: tenant ? { 'X-Tenant': tenant } : {} },
    )
    session.refreshed(data)
  }

  function renewOnce(): Promise<void> {
    refreshing ??= renew()
      .catch((error: unknown) => {
        if (refreshWasRefused(error)) session.expired()
        throw error
      })
      .finally(() => {
        refreshing = null
      })
    return refreshing
  }

  const requestId = client.interceptors.request.use((config) => {
    if (config.anonymous) return config
    const marks = config as InternalAxiosRequestConfig & RetryMarks
    const token = session.accessToken()
    const tenant = session.tenant()
    marks._sentToken = token
    if (token) config.headers.set('Authorization', `Bearer ${token}`)
    if (tenant && !config.headers.has('X-Tenant')) config.headers.set('X-Tenant', tenant)
    return config
  })

  const responseId = client.interceptors.response.use(undefined, async (error: unknown) => {
    if (!isAxiosError(error) || error.response?.status !== 401 || !error.config) throw error
    const config = error.config as InternalAxiosRequestConfig & RetryMarks
    if (config.anonymous || config.noRefresh || config._retried) throw error
    config._retried = true
    // A request sent with an older token than the current one only needs a retry.
    if (session.accessToken() === config._sentToken) {
      await renewOnce().catch(() => Promise.reject(error))
    }
    return client.request(config)
  })

  return () => {
    client.interceptors.request.eject(requestId)
    client.interceptors.response.eject(responseId)
  }
}
