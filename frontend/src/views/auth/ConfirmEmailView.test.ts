import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as authApi from '@/api/auth'
import type { Profile } from '@/api/types'
import { useSendingQuotaStore } from '@/stores/sendingQuota'
import { useSessionStore } from '@/stores/session'
import { responseError } from '@/testing/axios'
import ConfirmEmailView from './ConfirmEmailView.vue'

vi.mock('@/api/auth')
vi.mock('@/api/communications')

const profile: Profile = {
  id: 'u1',
  email: 'ana@example.com',
  fullName: 'Ana Admin',
  role: 'ADMIN',
  tenant: { id: 't1', subdomain: 'acme', name: 'Acme' },
  emailConfirmed: false,
}

async function mountAt(url: string, options: { signedIn?: boolean } = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/confirm-email', name: 'confirm-email', component: ConfirmEmailView },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p>Sign in</p>' } },
      { path: '/', name: 'home', component: { template: '<p>Home</p>' } },
    ],
  })
  await router.push(url)
  const pinia = createPinia()
  const session = useSessionStore(pinia)
  if (options.signedIn) {
    session.start({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }, 'acme')
    session.profile = profile
    useSendingQuotaStore(pinia).quota = { confirmed: false, limit: 20, used: 3, resetsAt: null }
  }
  const wrapper = mount(ConfirmEmailView, {
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  return { wrapper, session, sendingQuota: useSendingQuotaStore(pinia) }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

const link = (wrapper: Wrapper, name: string) =>
  wrapper.findAll('a').find((candidate) => candidate.text() === name)

describe('ConfirmEmailView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
    vi.mocked(authApi.confirmEmail).mockReset()
    vi.mocked(authApi.getProfile).mockReset()
  })

  it('confirms at once and sends a visitor to sign in to that organization', async () => {
    let answer: () => void = () => {}
    vi.mocked(authApi.confirmEmail).mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const { wrapper } = await mountAt('/confirm-email?tenant=Acme&token=t1')
    await flushPromises()
    expect(wrapper.text()).toContain('Confirming your address…')
    expect(authApi.confirmEmail).toHaveBeenCalledExactlyOnceWith({ tenant: 'acme', token: 't1' })

    answer()
    await flushPromises()
    expect(wrapper.text()).toContain('Your email address is confirmed.')
    expect(link(wrapper, 'Sign in')?.attributes('href')).toBe('/sign-in?tenant=acme')
    expect(authApi.getProfile).not.toHaveBeenCalled()
  })

  it('updates a signed-in member’s profile and limit, then leads back into the app', async () => {
    vi.mocked(authApi.confirmEmail).mockResolvedValue()
    vi.mocked(authApi.getProfile).mockResolvedValue({ ...profile, emailConfirmed: true })
    const { wrapper, session, sendingQuota } = await mountAt(
      '/confirm-email?tenant=acme&token=t1',
      {
        signedIn: true,
      },
    )
    await flushPromises()

    expect(wrapper.text()).toContain('Your email address is confirmed.')
    expect(session.profile?.emailConfirmed).toBe(true)
    // Asked again when the shell shows: an admin's address lifts the organization's limit.
    expect(sendingQuota.quota).toBeNull()
    expect(link(wrapper, 'Continue to the CRM')?.attributes('href')).toBe('/')
  })

  it('says why a used link cannot confirm, and where a new one comes from', async () => {
    vi.mocked(authApi.confirmEmail).mockRejectedValue(
      responseError(400, {
        detail: 'This confirmation link is not valid any more: ask for a new one.',
      }),
    )
    const { wrapper } = await mountAt('/confirm-email?tenant=acme&token=used')
    await flushPromises()

    expect(wrapper.text()).toContain('Your address could not be confirmed')
    expect(wrapper.text()).toContain(
      'This confirmation link is not valid any more: ask for a new one. Sign in, then ask for a new link with “Send a new link” at the top of the app.',
    )
    expect(wrapper.text()).not.toContain('Your email address is confirmed.')
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('Try again')
    expect(link(wrapper, 'Sign in')?.attributes('href')).toBe('/sign-in?tenant=acme')
  })

  it('offers another try after too many attempts', async () => {
    vi.mocked(authApi.confirmEmail)
      .mockRejectedValueOnce(responseError(429, { detail: 'Slow down' }, { 'Retry-After': '30' }))
      .mockResolvedValueOnce()
    const { wrapper } = await mountAt('/confirm-email?tenant=acme&token=t1')
    await flushPromises()
    expect(wrapper.text()).toContain('Too many attempts, try again in 30 seconds.')

    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Try again')!
      .trigger('click')
    await flushPromises()
    expect(authApi.confirmEmail).toHaveBeenCalledTimes(2)
    expect(wrapper.text()).toContain('Your email address is confirmed.')
  })

  it.each(['/confirm-email?tenant=acme', '/confirm-email?token=t1', '/confirm-email'])(
    'refuses the incomplete link %s without asking the server',
    async (url) => {
      const { wrapper } = await mountAt(url)
      await flushPromises()
      expect(wrapper.text()).toContain('This confirmation link is incomplete')
      expect(wrapper.text()).toContain('Part of the link is missing')
      expect(authApi.confirmEmail).not.toHaveBeenCalled()
    },
  )
})
