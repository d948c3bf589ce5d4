import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as contactsApi from '@/api/contacts'
import * as customFieldsApi from '@/api/customFields'
import type { Contact, CustomField, FieldKind } from '@/api/records'
import * as tenantsApi from '@/api/tenants'
import { useSessionStore } from '@/stores/session'
import { responseError } from '@/testing/axios'
import ContactFormView from './ContactFormView.vue'

vi.mock('@/api/contacts')
vi.mock('@/api/customFields')
vi.mock('@/api/companies')
vi.mock('@/api/tenants')

function definition(name: string, kind: FieldKind, extra: Partial<CustomField> = {}): CustomField {
  return {
    id: `f-${name}`,
    entityType: 'contact',
    name,
    label: name.charAt(0).toUpperCase() + name.slice(1),
    kind,
    required: false,
    defaultValue: null,
    options: [],
    currency: null,
    position: 0,
    createdAt: '',
    updatedAt: '',
    version: 0,
    ...extra,
  }
}

const ada: Contact = {
  id: 'c1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@acme.example',
  additionalEmails: [],
  phone: null,
  additionalPhones: [],
  title: 'Analyst',
  companyId: null,
  ownerId: 'u1',
  tags: ['vip'],
  address: null,
  notes: null,
  customFields: { budget: 1200, vip: true },
  createdBy: 'u1',
  updatedBy: 'u1',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  deletedAt: null,
  version: 3,
}

async function mountForm(id?: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/contacts/new', name: 'contact-new', component: ContactFormView },
      { path: '/contacts/:id/edit', name: 'contact-edit', component: ContactFormView, props: true },
      { path: '/contacts/:id', name: 'contact', component: { template: '<p>Detail</p>' } },
      { path: '/contacts', name: 'contacts', component: { template: '<p>List</p>' } },
    ],
  })
  await router.push(id ? `/contacts/${id}/edit` : '/contacts/new')
  const pinia = createPinia()
  const session = useSessionStore(pinia)
  session.profile = {
    id: 'u1',
    email: 'ada@acme.example',
    fullName: 'Ada Admin',
    role: 'ADMIN',
    tenant: { id: 't', subdomain: 'acme', name: 'Acme' },
    emailConfirmed: true,
  }
  const wrapper = mount(ContactFormView, {
    props: id ? { id } : {},
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

function control(wrapper: Awaited<ReturnType<typeof mountForm>>['wrapper'], label: string) {
  const element = wrapper.findAll('label').find((candidate) => candidate.text().startsWith(label))
  if (!element) throw new Error(`No field labelled ${label}`)
  return wrapper.find(`#${CSS.escape(element.attributes('for') ?? '')}`)
}

describe('ContactFormView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(tenantsApi.listMembers).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(customFieldsApi.listCustomFields).mockResolvedValue([
      definition('budget', 'CURRENCY', { currency: 'EUR', required: true }),
      definition('vip', 'BOOLEAN'),
      definition('tier', 'SINGLE_SELECT', { options: ['Gold', 'Silver'], defaultValue: 'Silver' }),
      definition('renewal', 'DATE'),
      definition('about', 'LONG_TEXT'),
    ])
  })

  it('renders each custom field by its kind, with defaults and required markers', async () => {
    const { wrapper } = await mountForm()
    expect(control(wrapper, 'Budget (EUR)').attributes('aria-required')).toBe('true')
    expect(control(wrapper, 'Budget (EUR)').attributes('inputmode')).toBe('decimal')
    expect(control(wrapper, 'Vip').attributes('type')).toBe('checkbox')
    expect((control(wrapper, 'Tier').element as HTMLSelectElement).value).toBe('Silver')
    expect(control(wrapper, 'Renewal').attributes('type')).toBe('date')
    expect(control(wrapper, 'About').element.tagName).toBe('TEXTAREA')
  })

  it('checks custom values before sending and puts the server’s field errors beside the field', async () => {
    const { wrapper } = await mountForm()
    await control(wrapper, 'First name').setValue('Grace')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Enter Budget.')
    expect(contactsApi.createContact).not.toHaveBeenCalled()

    vi.mocked(contactsApi.createContact).mockRejectedValue(
      responseError(400, {
        title: 'Validation failed',
        detail: 'Some custom fields are not valid.',
        errors: [{ field: 'customFields.budget', message: 'must be a number' }],
      }),
    )
    await control(wrapper, 'Budget (EUR)').setValue('1200')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(vi.mocked(contactsApi.createContact).mock.calls[0]![0]).toMatchObject({
      firstName: 'Grace',
      ownerId: 'u1',
      customFields: { budget: 1200, vip: false, tier: 'Silver', renewal: null, about: null },
    })
    const budget = control(wrapper, 'Budget (EUR)')
    expect(budget.attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(budget.element)
    expect(wrapper.text()).toContain('must be a number')
  })

  it('says that someone else changed the contact and reloads their version on request', async () => {
    vi.mocked(contactsApi.getContact)
      .mockResolvedValueOnce(ada)
      .mockResolvedValueOnce({ ...ada, title: 'Countess', version: 4 })
    vi.mocked(contactsApi.replaceContact).mockRejectedValue(
      responseError(409, {
        title: 'The record was changed by someone else',
        detail: 'Someone else changed this record. Reload it and try again.',
        code: 'VERSION_CONFLICT',
      }),
    )
    const { wrapper } = await mountForm('c1')
    expect((control(wrapper, 'Job title').element as HTMLInputElement).value).toBe('Analyst')
    await control(wrapper, 'Job title').setValue('Mathematician')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(vi.mocked(contactsApi.replaceContact).mock.calls[0]![1]).toMatchObject({ version: 3 })
    expect(wrapper.text()).toContain('Changed by someone else')
    const reload = wrapper
      .findAll('button')
      .find((button) => button.text() === 'Reload their version')!
    await reload.trigger('click')
    await flushPromises()
    expect((control(wrapper, 'Job title').element as HTMLInputElement).value).toBe('Countess')
    expect(wrapper.text()).not.toContain('Changed by someone else')
  })
})
