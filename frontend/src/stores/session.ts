import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import * as tenantsApi from '@/api/tenants'
import type {
  AcceptInvitationRequest,
  LoginRequest,
  Profile,
  RegisterOrganizationRequest,
  TokenResponse,
} from '@/api/types'

export const SESSION_STORAGE_KEY = 'crm.session'
export const LAST_TENANT_STORAGE_KEY = 'crm.lastTenant'

interface StoredSession {
  accessToken: string
  refreshToken: string
  tenant: string
}

function readStoredSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<StoredSession>
    if (
      typeof value.accessToken === 'string' &&
      typeof value.refreshToken === 'string' &&
      typeof value.tenant === 'string'
    ) {
      return {
        accessToken: value.accessToken,
        refreshToken: value.refreshToken,
        tenant: value.tenant,
      }
    }
  } catch {
    // A damaged entry is treated as no session.
  }
  return null
}

/** The signed-in user: tokens (kept in localStorage so a reload stays signed in) and profile. */
export const useSessionStore = defineStore('session', () => {
  const stored = readStoredSession()
  const accessToken = ref<string | null>(stored?.accessToken ?? null)
  const refreshToken = ref<string | null>(stored?.refreshToken ?? null)
  const tenant = ref<string | null>(stored?.tenant ?? null)
  const profile = ref<Profile | null>(null)
  const lastTenant = ref<string>(localStorage.getItem(LAST_TENANT_STORAGE_KEY) ?? '')

  const isAuthenticated = computed(() => accessToken.value !== null && refreshToken.value !== null)
  const role = computed(() => profile.value?.role ?? null)
  const isAdmin = computed(() => role.value === 'ADMIN')
  const organizationName = computed(() => profile.value?.tenant.name ?? '')
  let profileRequest: Promise<Profile> | null = null

  function persist(): void {
    if (accessToken.value && refreshToken.value && tenant.value) {
      const value: StoredSession = {
        accessToken: accessToken.value,
        refreshToken: refreshToken.value,
        tenant: tenant.value,
      }
      localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(value))
    } else {
      localStorage.removeItem(SESSION_STORAGE_KEY)
    }
  }

  /** Starts a new session for the organization with the given subdomain. */
  function start(tokens: TokenResponse, subdomain: string): void {
    accessToken.value = tokens.accessToken
    refreshToken.value = tokens.refreshToken
    tenant.value = subdomain
    profile.value = null
    lastTenant.value = subdomain
    localStorage.setItem(LAST_TENANT_STORAGE_KEY, subdomain)
    persist()
  }

  /** Keeps the session, with the rotated token pair from a refresh. */
  function updateTokens(tokens: TokenResponse): void {
    accessToken.value = tokens.accessToken
    refreshToken.value = tokens.refreshToken
    persist()
  }

  function forget(): void {
    accessToken.value = null
    refreshToken.value = null
    tenant.value = null
    profile.value = null
    profileRequest = null
  }

  function clear(): void {
    forget()
    persist()
  }

  /** Adopts what another tab wrote, so that tabs share one token family. */
  function syncFromStorage(): void {
    const current = readStoredSession()
    if (!current) {
      forget()
      return
    }
    if (current.tenant !== tenant.value) profile.value = null
    accessToken.value = current.accessToken
    refreshToken.value = current.refreshToken
    tenant.value = current.tenant
  }

  /** Loads the profile; concurrent callers share one request. */
  function loadProfile(): Promise<Profile> {
    profileRequest ??= authApi
      .getProfile()
      .then((loaded) => {
        if (isAuthenticated.value) profile.value = loaded
        return loaded
      })
      .finally(() => {
        profileRequest = null
      })
    return profileRequest
  }

  async function ensureProfile(): Promise<void> {
    if (!profile.value) await loadProfile()
  }

  function renameOrganization(name: string): void {
    if (profile.value)
      profile.value = { ...profile.value, tenant: { ...profile.value.tenant, name } }
  }

  async function signIn(request: LoginRequest): Promise<void> {
    start(await authApi.login(request), request.tenant)
  }

  async function registerOrganization(request: RegisterOrganizationRequest): Promise<void> {
    const response = await tenantsApi.registerOrganization(request)
    start(response, response.tenant.subdomain)
  }

  async function acceptInvitation(request: AcceptInvitationRequest): Promise<void> {
    start(await authApi.acceptInvitation(request), request.tenant)
  }

  /** Revokes the refresh token on the server (best effort) and forgets the session here. */
  async function signOut(): Promise<void> {
    const token = refreshToken.value
    try {
      if (token) await authApi.logout(token)
    } catch {
      // Signing out locally must work even when the server cannot be reached.
    } finally {
      clear()
    }
  }

  return {
    accessToken,
    refreshToken,
    tenant,
    profile,
    lastTenant,
    isAuthenticated,
    role,
    isAdmin,
    organizationName,
    start,
    updateTokens,
    clear,
    syncFromStorage,
    loadProfile,
    ensureProfile,
    renameOrganization,
    signIn,
    registerOrganization,
    acceptInvitation,
    signOut,
  }
})
