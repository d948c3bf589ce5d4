import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as authApi from '@/api/auth'
import { useNoticeStore } from '@/stores/notice'
import { responseError } from '@/testing/axios'
import ResetPasswordView from './ResetPasswordView.vue'

vi.mock('@/api/auth')

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reset-password', name: 'reset-password', component: ResetPasswordView },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p>Sign in</p>' } },
      { path: '/forgot-password', name: 'forgot-password', component: { template: '<p/>' } },
    ],
  })
  await router.push(url)
  const pinia = createPinia()
  const wrapper = mount(ResetPasswordView, {
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  return { wrapper, router, notices: useNoticeStore(pinia) }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

async function type(wrapper: Wrapper, label: string, value: string): Promise<void> {
  const element = wrapper.findAll('label').find((candidate) => candidate.text() === label)
  await wrapper.find(`#${CSS.escape(element!.attributes('for')!)}`).setValue(value)
}

describe('ResetPasswordView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(authApi.resetPassword).mockReset()
  })

  it('checks both passwords before sending anything', async () => {
    const { wrapper } = await mountAt('/reset-password?tenant=acme&token=t1')
    await type(wrapper, 'New password', 'correct-horse')
    await type(wrapper, 'New password again', 'correct-hose')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('The two passwords are not the same.')
    expect(authApi.resetPassword).not.toHaveBeenCalled()
  })

  it('sets the password and goes to sign-in with a notice', async () => {
    vi.mocked(authApi.resetPassword).mockResolvedValue()
    const { wrapper, router, notices } = await mountAt('/reset-password?tenant=Acme&token=t1')
    await type(wrapper, 'New password', 'correct-horse')
    await type(wrapper, 'New password again', 'correct-horse')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(authApi.resetPassword).toHaveBeenCalledWith({
      tenant: 'acme',
      token: 't1',
      password: 'correct-horse',
    })
    expect(router.currentRoute.value.fullPath).toBe('/sign-in?tenant=acme')
    expect(notices.take()).toBe('Password changed: sign in with the new one.')
  })

  it('says when the link cannot be used and offers a new one', async () => {
    vi.mocked(authApi.resetPassword).mockRejectedValue(
      responseError(400, {
        code: 'RESET_LINK_INVALID',
        detail: 'This reset link is not valid any more: ask for a new one.',
      }),
    )
    const { wrapper } = await mountAt('/reset-password?tenant=acme&token=old')
    await type(wrapper, 'New password', 'correct-horse')
    await type(wrapper, 'New password again', 'correct-horse')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('This reset link is not valid any more')
    const link = wrapper.findAll('a').find((a) => a.text() === 'Ask for a new link')
    expect(link?.attributes('href')).toBe('/forgot-password?tenant=acme')
  })

  it('refuses an incomplete link at once', async () => {
    const { wrapper } = await mountAt('/reset-password?tenant=acme')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('This reset link cannot be used')
  })
})
