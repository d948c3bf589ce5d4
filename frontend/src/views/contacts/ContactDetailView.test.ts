import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as activitiesApi from '@/api/activities'
import * as contactsApi from '@/api/contacts'
import * as customFieldsApi from '@/api/customFields'
import * as dealsApi from '@/api/deals'
import type { Contact } from '@/api/records'
import * as tenantsApi from '@/api/tenants'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { responseError } from '@/testing/axios'
import ContactDetailView from './ContactDetailView.vue'

vi.mock('@/api/activities')
vi.mock('@/api/contacts')
vi.mock('@/api/customFields')
vi.mock('@/api/deals')
vi.mock('@/api/companies')
vi.mock('@/api/tenants')

const contact = (ownerId: string): Contact => ({
  id: 'c1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@acme.example',
  additionalEmails: ['ada@home.example'],
  phone: '+44 20 7946 0000',
  additionalPhones: [],
  title: null,
  companyId: null,
  ownerId,
  tags: ['vip'],
  address: { street: '1 Main St', city: 'London', region: null, postalCode: 'N1', country: 'UK' },
  notes: null,
  customFields: {},
  createdBy: ownerId,
  updatedBy: ownerId,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  deletedAt: null,
  version: 1,
})

async function mountAs(role: Role, record: Contact | Error) {
  if (record instanceof Error) vi.mocked(contactsApi.getContact).mockRejectedValue(record)
  else vi.mocked(contactsApi.getContact).mockResolvedValue(record)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/contacts/:id', name: 'contact', component: ContactDetailView, props: true },
      { path: '/contacts/:id/edit', name: 'contact-edit', component: { template: '<p/>' } },
      { path: '/contacts', name: 'contacts', component: { template: '<p>List</p>' } },
      { path: '/deals/new', name: 'deal-new', component: { template: '<p/>' } },
      { path: '/deals/:id', name: 'deal', component: { template: '<p/>' } },
    ],
  })
  await router.push('/contacts/c1')
  const pinia = createPinia()
  useSessionStore(pinia).profile = {
    id: 'me',
    email: 'me@acme.example',
    fullName: 'Me',
    role,
    tenant: { id: 't', subdomain: 'acme', name: 'Acme' },
    emailConfirmed: true,
  }
  const wrapper = mount(ContactDetailView, {
    props: { id: 'c1' },
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

const buttonTexts = (wrapper: Awaited<ReturnType<typeof mountAs>>['wrapper']) =>
  wrapper.findAll('a, button').map((element) => element.text())

describe('ContactDetailView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(tenantsApi.listMembers).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(customFieldsApi.listCustomFields).mockResolvedValue([])
    vi.mocked(activitiesApi.listActivities).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(dealsApi.listDeals).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(dealsApi.getCustomerDeals).mockResolvedValue({
      open: { count: 0, value: {} },
      won: { count: 0, value: {} },
      lost: { count: 0, value: {} },
    })
  })

  it('shows every field of the contact', async () => {
    const { wrapper } = await mountAs('VIEWER', contact('someone'))
    expect(wrapper.find('h1').text()).toBe('Ada Lovelace')
    expect(wrapper.text()).toContain('ada@home.example')
    expect(wrapper.text()).toContain('1 Main St')
    expect(wrapper.text()).toContain('N1 London')
  })

  it('offers to write to the contact and to call them', async () => {
    const { wrapper } = await mountAs('VIEWER', contact('someone'))
    const links = wrapper.findAll('dd a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toContainEqual(['ada@acme.example', 'mailto:ada@acme.example'])
    expect(links).toContainEqual(['+44 20 7946 0000', 'tel:+442079460000'])
  })

  it.each([
    ['VIEWER', 'me', false],
    ['SALES_REP', 'someone', false],
    ['SALES_REP', 'me', true],
    ['MANAGER', 'someone', true],
  ] as const)(
    'a %s sees Edit and Delete on a record owned by %s: %s',
    async (role, owner, shown) => {
      const { wrapper } = await mountAs(role, contact(owner))
      expect(buttonTexts(wrapper).some((text) => text.includes('Edit'))).toBe(shown)
      expect(buttonTexts(wrapper).some((text) => text.includes('Delete'))).toBe(shown)
    },
  )

  it('asks before moving the contact to the trash, then returns to the list', async () => {
    vi.mocked(contactsApi.deleteContact).mockResolvedValue()
    const { wrapper, router } = await mountAs('ADMIN', contact('someone'))
    await wrapper
      .findAll('button')
      .find((button) => button.text().includes('Delete'))!
      .trigger('click')
    expect(contactsApi.deleteContact).not.toHaveBeenCalled()
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Move to trash')!
      .trigger('click')
    await flushPromises()
    expect(contactsApi.deleteContact).toHaveBeenCalledWith('c1')
    expect(router.currentRoute.value.name).toBe('contacts')
  })

  it('says so when the contact does not exist (or belongs to another organization)', async () => {
    const { wrapper } = await mountAs(
      'ADMIN',
      responseError(404, {
        title: 'Contact not found',
        detail: 'No such contact in your organization.',
      }),
    )
    expect(wrapper.text()).toContain('Contact not available')
    expect(wrapper.text()).toContain('No such contact in your organization.')
  })
})
