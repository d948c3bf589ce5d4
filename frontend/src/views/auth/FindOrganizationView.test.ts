import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as authApi from '@/api/auth'
import { responseError } from '@/testing/axios'
import FindOrganizationView from './FindOrganizationView.vue'

vi.mock('@/api/auth')

const ANSWER = 'If this address belongs to any organization, a sign-in link for each is on its way.'

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/find-organization', name: 'find-organization', component: FindOrganizationView },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p>Sign in</p>' } },
    ],
  })
  await router.push(url)
  const wrapper = mount(FindOrganizationView, {
    global: { plugins: [router, createPinia()] },
    attachTo: document.body,
  })
  return wrapper
}

describe('FindOrganizationView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('starts from the email typed on the sign-in page and shows the answer', async () => {
    vi.mocked(authApi.findOrganizations).mockResolvedValue(ANSWER)
    const wrapper = await mountAt('/find-organization?email=ada%40acme.example')
    expect((wrapper.find('input[type="email"]').element as HTMLInputElement).value).toBe(
      'ada@acme.example',
    )
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(authApi.findOrganizations).toHaveBeenCalledWith('ada@acme.example')
    expect(wrapper.text()).toContain('Check your email')
    expect(wrapper.text()).toContain(ANSWER)
  })

  it('asks for an address before sending anything', async () => {
    const wrapper = await mountAt('/find-organization')
    await wrapper.find('input[type="email"]').setValue('not an address')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(authApi.findOrganizations).not.toHaveBeenCalled()
    expect(wrapper.find('[aria-invalid="true"]').exists()).toBe(true)
  })

  it('says when too many searches were made', async () => {
    vi.mocked(authApi.findOrganizations).mockRejectedValue(
      responseError(
        429,
        { detail: 'Too many searches for organizations.' },
        { 'Retry-After': '60' },
      ),
    )
    const wrapper = await mountAt('/find-organization?email=ada%40acme.example')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Too many attempts, try again in 60 seconds.')
  })
})
