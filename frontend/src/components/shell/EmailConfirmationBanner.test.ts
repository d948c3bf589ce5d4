import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as authApi from '@/api/auth'
import type { SendingQuota } from '@/api/communicationRecords'
import * as communicationsApi from '@/api/communications'
import type { Profile } from '@/api/types'
import { responseError } from '@/testing/axios'
import EmailConfirmationBanner from './EmailConfirmationBanner.vue'

vi.mock('@/api/auth')
vi.mock('@/api/communications')

const member = (emailConfirmed: boolean): Profile => ({
  id: 'u1',
  email: 'ana@example.com',
  fullName: 'Ana Admin',
  role: 'ADMIN',
  tenant: { id: 't1', subdomain: 'acme', name: 'Acme' },
  emailConfirmed,
})

const LIMITED: SendingQuota = { confirmed: false, limit: 20, used: 3, resetsAt: null }
const UNLOCKED: SendingQuota = { confirmed: true, limit: 20, used: 0, resetsAt: null }

async function mountBanner(profile: Profile, pinia = createPinia()) {
  const wrapper = mount(EmailConfirmationBanner, {
    props: { profile },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountBanner>>

const region = (wrapper: Wrapper) => wrapper.find('section[aria-label="Email confirmation"]')
const resendButton = (wrapper: Wrapper) =>
  wrapper.findAll('button').find((button) => button.text() === 'Send a new link')

describe('EmailConfirmationBanner', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(communicationsApi.getSendingQuota).mockReset()
    vi.mocked(authApi.requestEmailConfirmation).mockReset()
    vi.mocked(authApi.getProfile).mockReset().mockResolvedValue(member(true))
  })

  it('asks an unconfirmed member to confirm, with the organization’s limit', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue(LIMITED)
    const wrapper = await mountBanner(member(false))
    const banner = region(wrapper)
    expect(banner.exists()).toBe(true)
    expect(banner.text()).toContain(
      'Confirm your email address: we sent a link to ana@example.com.',
    )
    expect(banner.text()).toContain(
      'Until an admin confirms, your organization can send 20 emails a day (3 sent).',
    )
    expect(resendButton(wrapper)).toBeDefined()
  })

  it('leaves the limit out once the organization is unlocked', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue(UNLOCKED)
    const wrapper = await mountBanner(member(false))
    expect(region(wrapper).text()).toContain('Confirm your email address')
    expect(region(wrapper).text()).not.toContain('emails a day')
  })

  it('tells a confirmed member of an unconfirmed organization of the limit only', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue({
      ...LIMITED,
      used: 20,
      resetsAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
    })
    const wrapper = await mountBanner(member(true))
    expect(region(wrapper).text()).toContain(
      'Until an admin confirms their email address, your organization can send 20 emails a day (20 sent). The next one can go in 3 hours.',
    )
    expect(region(wrapper).text()).not.toContain('Confirm your email address:')
    expect(resendButton(wrapper)).toBeUndefined()
  })

  it('shows nothing when both are confirmed, and asks for the limit once per page load', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue(UNLOCKED)
    const pinia = createPinia()
    const wrapper = await mountBanner(member(true), pinia)
    expect(region(wrapper).exists()).toBe(false)

    // Back into the shell after a page outside it (e.g. the confirmation link's)
    wrapper.unmount()
    await mountBanner(member(true), pinia)
    expect(communicationsApi.getSendingQuota).toHaveBeenCalledOnce()
  })

  it('still asks to confirm when the limit cannot be loaded', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockRejectedValue(responseError(503))
    const wrapper = await mountBanner(member(false))
    expect(region(wrapper).text()).toContain('Confirm your email address')
    expect(region(wrapper).text()).not.toContain('emails a day')
  })

  it('sends a new link, busy meanwhile, and says where it went', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue(LIMITED)
    let answer: (message: string) => void = () => {}
    vi.mocked(authApi.requestEmailConfirmation).mockReturnValue(
      new Promise((resolve) => (answer = resolve)),
    )
    const wrapper = await mountBanner(member(false))

    await resendButton(wrapper)!.trigger('click')
    expect(resendButton(wrapper)!.attributes('aria-disabled')).toBe('true')
    await resendButton(wrapper)!.trigger('click')
    expect(authApi.requestEmailConfirmation).toHaveBeenCalledOnce()

    answer('A new link is on its way to ana@example.com. It works for 7 days.')
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toBe(
      'A new link is on its way to ana@example.com. It works for 7 days.',
    )
    expect(resendButton(wrapper)!.attributes('aria-disabled')).toBeUndefined()
  })

  it('shows why no link was sent', async () => {
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue(LIMITED)
    vi.mocked(authApi.requestEmailConfirmation)
      .mockRejectedValueOnce(
        responseError(409, { title: 'Already confirmed', detail: 'Your address is confirmed.' }),
      )
      .mockRejectedValueOnce(
        responseError(
          429,
          {
            title: 'Too many attempts',
            detail:
              'A link went to ada@acme.test less than a minute ago: look for it, or ask again in a minute.',
          },
          { 'Retry-After': '42' },
        ),
      )
    const wrapper = await mountBanner(member(false))

    await resendButton(wrapper)!.trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('Your address is confirmed.')
    // confirmed in another tab: the profile and the limit are asked again
    expect(authApi.getProfile).toHaveBeenCalledOnce()
    expect(communicationsApi.getSendingQuota).toHaveBeenCalledTimes(2)

    await resendButton(wrapper)!.trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'A link went to ada@acme.test less than a minute ago: look for it, or ask again in a minute.',
    )
  })
})
