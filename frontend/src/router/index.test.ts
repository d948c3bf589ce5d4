import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory } from 'vue-router'
import * as authApi from '@/api/auth'
import type { Profile, Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { responseError } from '@/testing/axios'
import { createAppRouter, safeRedirect } from './index'

vi.mock('@/api/auth')

const profileWithRole = (role: Role): Profile => ({
  id: 'u1',
  email: 'sam@acme.example',
  fullName: 'Sam Seller',
  role,
  tenant: { id: 't1', subdomain: 'acme', name: 'Acme' },
  emailConfirmed: true,
})

async function visit(path: string): Promise<string> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  return router.currentRoute.value.fullPath
}

async function redirectOf(path: string): Promise<unknown> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  return router.currentRoute.value.query.redirect
}

function signIn(): void {
  useSessionStore().start({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }, 'acme')
}

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends visitors to sign-in and remembers where they were going', async () => {
    expect(await visit('/settings/members')).toBe('/sign-in?redirect=/settings/members')
    expect(await redirectOf('/settings/members?x=1&y=2')).toBe('/settings/members?x=1&y=2')
  })

  it('lets visitors see the public pages', async () => {
    expect(await visit('/register')).toBe('/register')
    expect(await visit('/accept-invitation?tenant=acme&token=t')).toBe(
      '/accept-invitation?tenant=acme&token=t',
    )
    expect(await visit('/forgot-password?tenant=acme')).toBe('/forgot-password?tenant=acme')
    expect(await visit('/reset-password?tenant=acme&token=t')).toBe(
      '/reset-password?tenant=acme&token=t',
    )
    expect(await visit('/confirm-email?tenant=acme&token=t')).toBe(
      '/confirm-email?tenant=acme&token=t',
    )
  })

  it('loads the profile before showing the app', async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profileWithRole('ADMIN'))
    signIn()
    const router = createAppRouter(createMemoryHistory())
    await router.push('/')
    expect(router.currentRoute.value.fullPath).toBe('/')
    expect(router.currentRoute.value.name).toBe('home')
    expect(useSessionStore().profile?.role).toBe('ADMIN')
  })

  it('sends signed-in users from sign-in into the app', async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profileWithRole('ADMIN'))
    signIn()
    expect(await visit('/sign-in')).toBe('/')
    expect(await visit('/sign-in?redirect=/settings/members')).toBe('/settings/members')
  })

  it('keeps invitations to administrators', async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profileWithRole('SALES_REP'))
    signIn()
    expect(await visit('/settings/invitations')).toBe('/settings/organization')
  })

  it('lets a signed-in member open a reset link too', async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profileWithRole('ADMIN'))
    signIn()
    expect(await visit('/reset-password?tenant=acme&token=t')).toBe(
      '/reset-password?tenant=acme&token=t',
    )
  })

  it('lets a signed-in member open an email confirmation link too', async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profileWithRole('SALES_REP'))
    signIn()
    const router = createAppRouter(createMemoryHistory())
    await router.push('/confirm-email?tenant=acme&token=t')
    expect(router.currentRoute.value.name).toBe('confirm-email')
    expect(router.currentRoute.value.meta.title).toBe('Confirm your email address')
  })

  it('sends visitors of the home dashboard to sign-in', async () => {
    expect(await visit('/')).toBe('/sign-in?redirect=/')
  })

  it('goes to sign-in when the session could not be renewed', async () => {
    const session = useSessionStore()
    vi.mocked(authApi.getProfile).mockImplementation(() => {
      session.clear()
      return Promise.reject(responseError(401))
    })
    signIn()
    expect(await visit('/deals')).toBe('/sign-in?redirect=/deals')
  })

  it('still opens the app when only the profile failed, so that the shell can retry', async () => {
    vi.mocked(authApi.getProfile).mockRejectedValue(responseError(503))
    signIn()
    expect(await visit('/deals')).toBe('/deals')
  })
})

describe('focus after navigation', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    document.body.innerHTML =
      '<h1 tabindex="-1">Contacts</h1><input aria-label="Search contacts" />'
  })

  it("moves to the new page's heading, but stays in a search whose text goes into the URL", async () => {
    vi.mocked(authApi.getProfile).mockResolvedValue(profileWithRole('SALES_REP'))
    signIn()
    const router = createAppRouter(createMemoryHistory())
    await router.push('/contacts')
    const search = document.querySelector<HTMLInputElement>('input')!
    search.focus()

    await router.replace('/contacts?q=z')
    await nextTick()
    expect(document.activeElement, 'typing "z" leaves the focus in the field').toBe(search)

    await router.push('/companies')
    await nextTick()
    expect(document.activeElement?.tagName).toBe('H1')
  })
})

describe('safeRedirect', () => {
  it.each([
    ['/settings/members', '/settings/members'],
    [['/deals', '/x'], '/deals'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    [undefined, '/'],
  ])('turns %j into %j', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected)
  })
})
