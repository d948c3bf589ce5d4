import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as companiesApi from '@/api/companies'
import type { Deal } from '@/api/dealRecords'
import * as dealsApi from '@/api/deals'
import { responseError } from '@/testing/axios'
import CustomerDealsCard from './CustomerDealsCard.vue'

vi.mock('@/api/deals')
vi.mock('@/api/companies')

const deal = (name: string, status: Deal['status'], value: number): Deal =>
  ({ id: name, name, status, value, currency: 'EUR' }) as Deal

async function mountFor(customer: { contactId: string } | { companyId: string }) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p/>' } },
      { path: '/deals/new', name: 'deal-new', component: { template: '<p/>' } },
      { path: '/deals/:id', name: 'deal', component: { template: '<p/>' } },
    ],
  })
  await router.push('/')
  const wrapper = mount(CustomerDealsCard, {
    props: { customer, canCreate: true },
    global: { plugins: [router] },
  })
  await flushPromises()
  return wrapper
}

describe('CustomerDealsCard', () => {
  beforeEach(() => {
    vi.mocked(dealsApi.listDeals).mockResolvedValue({
      items: [deal('Renewal', 'OPEN', 1200), deal('Pilot', 'WON', 700)],
      nextCursor: null,
    })
    vi.mocked(dealsApi.getCustomerDeals).mockResolvedValue({
      open: { count: 3, value: { EUR: 1250.5, USD: 4000 } },
      won: { count: 1, value: { EUR: 700 } },
      lost: { count: 1, value: {} },
    })
  })

  it('rolls a company group up and shows the company’s newest deals', async () => {
    vi.mocked(companiesApi.getCompanyGroup).mockResolvedValue({
      ids: ['parent', 'child-1', 'child-2'],
      truncated: false,
    })
    const wrapper = await mountFor({ companyId: 'parent' })

    expect(dealsApi.getCustomerDeals).toHaveBeenCalledWith(
      { companyIds: ['parent', 'child-1', 'child-2'] },
      expect.anything(),
    )
    expect(wrapper.text()).toContain('this company and 2 sub-companies')
    expect(wrapper.text()).toContain('Open · 3 deals')
    expect(wrapper.text()).toMatch(/\$4,000\.00 · €1,250\.50/)
    expect(wrapper.text()).toContain('Won · 1 deal')
    expect(wrapper.findAll('li a').map((a) => a.text())).toEqual(['Renewal', 'Pilot'])
    const create = wrapper.findAll('a').find((a) => a.text().includes('New deal'))
    expect(create?.attributes('href')).toBe('/deals/new?companyId=parent')
  })

  it('shows a contact’s own deals, and says when there are none', async () => {
    vi.mocked(dealsApi.getCustomerDeals).mockResolvedValue({
      open: { count: 0, value: {} },
      won: { count: 0, value: {} },
      lost: { count: 0, value: {} },
    })
    vi.mocked(dealsApi.listDeals).mockResolvedValue({ items: [], nextCursor: null })
    const wrapper = await mountFor({ contactId: 'c1' })

    expect(dealsApi.getCustomerDeals).toHaveBeenCalledWith({ contactId: 'c1' }, expect.anything())
    expect(companiesApi.getCompanyGroup).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('No deals yet.')
  })

  it('offers another try when the deals could not be loaded', async () => {
    vi.mocked(dealsApi.getCustomerDeals).mockRejectedValueOnce(
      responseError(503, { detail: 'The deals are not available just now.' }),
    )
    const wrapper = await mountFor({ contactId: 'c1' })
    expect(wrapper.text()).toContain('The deals are not available just now.')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Open · 3 deals')
  })
})
