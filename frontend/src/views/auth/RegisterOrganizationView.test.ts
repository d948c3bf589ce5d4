import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as tenantsApi from '@/api/tenants'
import { useSessionStore } from '@/stores/session'
import { responseError } from '@/testing/axios'
import RegisterOrganizationView from './RegisterOrganizationView.vue'

vi.mock('@/api/tenants')

async function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/register', name: 'register', component: RegisterOrganizationView },
      { path: '/', name: 'home', component: { template: '<p>Home</p>' } },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p>Sign in</p>' } },
    ],
  })
  await router.push('/register')
  const pinia = createPinia()
  const wrapper = mount(RegisterOrganizationView, {
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  return { wrapper, router, session: useSessionStore(pinia) }
}

function field(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper'], label: string) {
  const element = wrapper.findAll('label').find((candidate) => candidate.text() === label)
  if (!element) throw new Error(`No field labelled ${label}`)
  return wrapper.find(`#${CSS.escape(element.attributes('for') ?? '')}`)
}

async function fillValid(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper']) {
  await field(wrapper, 'Organization name').setValue('Acme Corporation')
  await field(wrapper, 'Your full name').setValue('Ada Admin')
  await field(wrapper, 'Work email').setValue('ada@acme.example')
  await field(wrapper, 'Password').setValue('correct-horse')
}

describe('RegisterOrganizationView', () => {
  beforeEach(() => {
    localStorage.clear()
    document.body.innerHTML = ''
  })

  it('shows what is wrong beside each field without sending anything', async () => {
    const { wrapper } = await mountView()
    await field(wrapper, 'Subdomain').setValue('www')
    await field(wrapper, 'Password').setValue('short')

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const subdomain = field(wrapper, 'Subdomain')
    expect(subdomain.attributes('aria-invalid')).toBe('true')
    const describedBy = subdomain.attributes('aria-describedby')?.split(' ') ?? []
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent?.trim())
    expect(messages).toContain('"www" is reserved. Choose another subdomain.')
    expect(wrapper.text()).toContain('Use at least 10 characters.')
    expect(wrapper.text()).toContain('Enter your full name.')
    expect(document.activeElement).toBe(field(wrapper, 'Organization name').element)
    expect(tenantsApi.registerOrganization).not.toHaveBeenCalled()
  })

  it('suggests a subdomain from the organization name until one is typed', async () => {
    const { wrapper } = await mountView()
    await field(wrapper, 'Organization name').setValue('Acme Corporation')
    expect((field(wrapper, 'Subdomain').element as HTMLInputElement).value).toBe('acme-corporation')

    await field(wrapper, 'Subdomain').setValue('acme')
    await field(wrapper, 'Organization name').setValue('Acme Corp')
    expect((field(wrapper, 'Subdomain').element as HTMLInputElement).value).toBe('acme')
  })

  it('registers, signs in and opens the app', async () => {
    vi.mocked(tenantsApi.registerOrganization).mockResolvedValue({
      tenant: {
        id: 't1',
        subdomain: 'acme-corporation',
        name: 'Acme Corporation',
        status: 'ACTIVE',
      },
      accessToken: 'a',
      refreshToken: 'r',
      expiresIn: 900,
    })
    const { wrapper, router, session } = await mountView()
    await fillValid(wrapper)

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(tenantsApi.registerOrganization).toHaveBeenCalledWith({
      organizationName: 'Acme Corporation',
      subdomain: 'acme-corporation',
      adminFullName: 'Ada Admin',
      adminEmail: 'ada@acme.example',
      adminPassword: 'correct-horse',
    })
    expect(session.tenant).toBe('acme-corporation')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('puts the server’s field error beside the field', async () => {
    vi.mocked(tenantsApi.registerOrganization).mockRejectedValue(
      responseError(409, {
        title: 'Conflict',
        status: 409,
        detail: 'Subdomain taken',
        errors: [{ field: 'subdomain', message: 'This subdomain is already taken.' }],
      }),
    )
    const { wrapper, router } = await mountView()
    await fillValid(wrapper)

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(field(wrapper, 'Subdomain').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('This subdomain is already taken.')
    expect(wrapper.find('form > [role="alert"]').exists()).toBe(false)
    expect(document.activeElement).toBe(field(wrapper, 'Subdomain').element)
    expect(router.currentRoute.value.name).toBe('register')
  })

  it('shows the server’s detail in an alert otherwise, and the wait after too many attempts', async () => {
    vi.mocked(tenantsApi.registerOrganization)
      .mockRejectedValueOnce(
        responseError(503, { title: 'Unavailable', detail: 'Registration is paused for upkeep.' }),
      )
      .mockRejectedValueOnce(
        responseError(429, { title: 'Too Many Requests' }, { 'Retry-After': '30' }),
      )
    const { wrapper } = await mountView()
    await fillValid(wrapper)

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('form > [role="alert"]').text()).toBe('Registration is paused for upkeep.')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('form > [role="alert"]').text()).toBe(
      'Too many attempts, try again in 30 seconds.',
    )
  })
})
