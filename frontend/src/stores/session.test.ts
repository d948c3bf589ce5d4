import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as authApi from '@/api/auth'
import * as tenantsApi from '@/api/tenants'
import type { Profile } from '@/api/types'
import { LAST_TENANT_STORAGE_KEY, SESSION_STORAGE_KEY, useSessionStore } from './session'

vi.mock('@/api/auth')
vi.mock('@/api/tenants')

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 }
const profile: Profile = {
  id: 'u1',
  email: 'ada@acme.example',
  fullName: 'Ada Admin',
  role: 'ADMIN',
  tenant: { id: 't1', subdomain: 'acme', name: 'Acme' },
  emailConfirmed: true,
}

/** A store as a freshly loaded page gets it. */
function freshStore() {
  setActivePinia(createPinia())
  return useSessionStore()
}

const stored = () => JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null') as unknown

describe('session store', () => {
  beforeEach(() => localStorage.clear())

  it('starts signed out', () => {
    const session = freshStore()
    expect(session.isAuthenticated).toBe(false)
    expect(session.profile).toBeNull()
  })

  it('keeps the tokens across a reload', () => {
    freshStore().start(tokens, 'acme')
    expect(stored()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1', tenant: 'acme' })

    const reloaded = freshStore()
    expect(reloaded.isAuthenticated).toBe(true)
    expect(reloaded.tenant).toBe('acme')
    expect(reloaded.accessToken).toBe('access-1')
  })

  it('ignores a damaged stored session', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json')
    expect(freshStore().isAuthenticated).toBe(false)
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'a' }))
    expect(freshStore().isAuthenticated).toBe(false)
  })

  it('stores rotated tokens and forgets everything on clear', () => {
    const session = freshStore()
    session.start(tokens, 'acme')
    session.updateTokens({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 })
    expect(stored()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' })

    session.clear()
    expect(session.isAuthenticated).toBe(false)
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('signs in to the organization and remembers it for next time', async () => {
    vi.mocked(authApi.login).mockResolvedValue(tokens)
    const session = freshStore()

    await session.signIn({ tenant: 'acme', email: 'ada@acme.example', password: 'secret-secret' })

    expect(authApi.login).toHaveBeenCalledWith({
      tenant: 'acme',
      email: 'ada@acme.example',
      password: 'secret-secret',
    })
    expect(session.isAuthenticated).toBe(true)
    expect(session.tenant).toBe('acme')
    expect(localStorage.getItem(LAST_TENANT_STORAGE_KEY)).toBe('acme')
    expect(freshStore().lastTenant).toBe('acme')
  })

  it('registers an organization and signs in to it', async () => {
    vi.mocked(tenantsApi.registerOrganization).mockResolvedValue({
      ...tokens,
      tenant: { id: 't1', subdomain: 'acme', name: 'Acme', status: 'ACTIVE' },
    })
    const session = freshStore()
    await session.registerOrganization({
      organizationName: 'Acme',
      subdomain: 'acme',
      adminEmail: 'ada@acme.example',
      adminPassword: 'secret-secret',
      adminFullName: 'Ada Admin',
    })
    expect(session.tenant).toBe('acme')
    expect(session.isAuthenticated).toBe(true)
  })

  it('loads the profile once for concurrent callers and exposes the role', async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profile)
    const session = freshStore()
    session.start(tokens, 'acme')

    await Promise.all([session.ensureProfile(), session.ensureProfile(), session.loadProfile()])

    expect(authApi.getProfile).toHaveBeenCalledOnce()
    expect(session.isAdmin).toBe(true)
    expect(session.organizationName).toBe('Acme')
    session.renameOrganization('Acme Europe')
    expect(session.organizationName).toBe('Acme Europe')
  })

  it('drops a profile that arrives after the session ended', async () => {
    let answer: (value: Profile) => void = () => {}
    vi.mocked(authApi.getProfile).mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const session = freshStore()
    session.start(tokens, 'acme')

    const loading = session.loadProfile()
    session.clear()
    answer(profile)
    await loading

    expect(session.profile).toBeNull()
  })

  it('revokes the refresh token on sign-out and clears the session even if that fails', async () => {
    vi.mocked(authApi.logout).mockRejectedValue(new Error('offline'))
    const session = freshStore()
    session.start(tokens, 'acme')

    await session.signOut()

    expect(authApi.logout).toHaveBeenCalledWith('refresh-1')
    expect(session.isAuthenticated).toBe(false)
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('follows what another tab stored', () => {
    const session = freshStore()
    session.start(tokens, 'acme')

    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'access-9', refreshToken: 'refresh-9', tenant: 'acme' }),
    )
    session.syncFromStorage()
    expect(session.refreshToken).toBe('refresh-9')

    localStorage.removeItem(SESSION_STORAGE_KEY)
    session.syncFromStorage()
    expect(session.isAuthenticated).toBe(false)
  })
})
