import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as companiesApi from '@/api/companies'
import * as contactsApi from '@/api/contacts'
import type { Deal } from '@/api/dealRecords'
import * as dealsApi from '@/api/deals'
import type { Company, Contact } from '@/api/records'
import { SEARCH_DEBOUNCE_MS } from '@/composables/useRecordList'
import GlobalSearch from './GlobalSearch.vue'

vi.mock('@/api/contacts')
vi.mock('@/api/companies')
vi.mock('@/api/deals')

async function mountSearch() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p/>' } },
      { path: '/contacts/:id', name: 'contact', component: { template: '<p/>' } },
      { path: '/companies/:id', name: 'company', component: { template: '<p/>' } },
      { path: '/deals/:id', name: 'deal', component: { template: '<p/>' } },
    ],
  })
  await router.push('/')
  const wrapper = mount(GlobalSearch, { global: { plugins: [router] }, attachTo: document.body })
  return { wrapper, router }
}

const field = () => document.querySelector<HTMLInputElement>('input[role="combobox"]')!

async function type(text: string): Promise<void> {
  const input = field()
  input.value = text
  input.dispatchEvent(new Event('input'))
  await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS)
  await flushPromises()
}

function key(name: string, options: KeyboardEventInit = {}, target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...options }))
}

describe('GlobalSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.mocked(contactsApi.listContacts).mockResolvedValue({
      items: [
        {
          id: 'c1',
          firstName: 'Zoë',
          lastName: 'Müller',
          title: 'CTO',
          email: 'zoe@globex.example',
        } as Contact,
      ],
      nextCursor: null,
    })
    vi.mocked(companiesApi.listCompanies).mockResolvedValue({
      items: [{ id: 'co1', name: 'Zoetis', domain: 'zoetis.example' } as Company],
      nextCursor: null,
    })
    vi.mocked(dealsApi.listDeals).mockResolvedValue({
      items: [
        {
          id: 'd1',
          name: 'Zoë renewal',
          value: 1200,
          currency: 'EUR',
          companyName: 'Globex',
        } as Deal,
      ],
      nextCursor: null,
    })
  })

  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('opens with "/" outside a field and with Ctrl-K, not with "/" typed in a field', async () => {
    const { wrapper } = await mountSearch()
    const other = document.createElement('input')
    document.body.append(other)
    key('/', {}, other)
    await flushPromises()
    expect(document.querySelector('dialog')?.hasAttribute('open')).toBe(false)

    key('/')
    await flushPromises()
    expect(document.querySelector('dialog')?.hasAttribute('open')).toBe(true)
    wrapper.unmount()

    await mountSearch()
    key('k', { ctrlKey: true })
    await flushPromises()
    expect(document.querySelector('dialog')?.hasAttribute('open')).toBe(true)
  })

  it('finds contacts, companies and deals together once typing pauses', async () => {
    await mountSearch()
    key('/')
    await flushPromises()
    await type('zoe')

    for (const list of [contactsApi.listContacts, companiesApi.listCompanies, dealsApi.listDeals]) {
      expect(list).toHaveBeenCalledOnce()
      expect(vi.mocked(list).mock.calls[0]![0]).toEqual({ q: 'zoe', limit: 5 })
    }
    const groups = [...document.querySelectorAll('[role="group"]')].map((g) =>
      g.getAttribute('aria-label'),
    )
    expect(groups).toEqual(['Contacts', 'Companies', 'Deals'])
    const options = [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent)
    expect(options[0]).toContain('Zoë Müller')
    expect(options[2]).toContain('€1,200.00 · Globex')
  })

  it('moves with the arrow keys and opens the active result with Enter', async () => {
    const { router } = await mountSearch()
    key('/')
    await flushPromises()
    await type('zoe')

    key('ArrowDown', {}, field())
    key('ArrowDown', {}, field())
    await flushPromises()
    expect(field().getAttribute('aria-activedescendant')).toBe(
      document.querySelectorAll('[role="option"]')[2]!.id,
    )
    key('Enter', {}, field())
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/deals/d1')
    expect(document.querySelector('dialog')?.hasAttribute('open')).toBe(false)
  })

  it('asks nothing for one character, and says when nothing is found', async () => {
    await mountSearch()
    key('/')
    await flushPromises()
    await type('z')
    expect(contactsApi.listContacts).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('Type at least two characters.')

    vi.mocked(contactsApi.listContacts).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(companiesApi.listCompanies).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(dealsApi.listDeals).mockResolvedValue({ items: [], nextCursor: null })
    await type('qqq')
    expect(document.body.textContent).toContain('Nothing found for “qqq”.')
  })
})
