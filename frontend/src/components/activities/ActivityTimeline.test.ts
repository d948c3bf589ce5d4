import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as activitiesApi from '@/api/activities'
import type { Activity } from '@/api/activityRecords'
import * as dealsApi from '@/api/deals'
import type { Deal } from '@/api/dealRecords'
import * as tenantsApi from '@/api/tenants'
import type { Role } from '@/api/types'
import { anActivity, aRecordedNote, aTask } from '@/testing/activities'
import { signedInAs } from '@/testing/session'
import ActivityTimeline from './ActivityTimeline.vue'

vi.mock('@/api/activities')
vi.mock('@/api/contacts')
vi.mock('@/api/companies')
vi.mock('@/api/deals')
vi.mock('@/api/tenants')

async function mountTimeline(role: Role, items: Activity[]) {
  vi.mocked(activitiesApi.listActivities).mockResolvedValue({ items, nextCursor: null })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p/>' } },
      { path: '/deals/:id', name: 'deal', component: { template: '<p/>' } },
      { path: '/companies/:id', name: 'company', component: { template: '<p/>' } },
      { path: '/contacts/:id', name: 'contact', component: { template: '<p/>' } },
      { path: '/emails/:id', name: 'email', component: { template: '<p/>' } },
    ],
  })
  const pinia = signedInAs(role)
  const wrapper = mount(ActivityTimeline, {
    props: { of: { contactId: 'c1' }, name: 'Ada Lovelace' },
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const buttons = (wrapper: Awaited<ReturnType<typeof mountTimeline>>) =>
  wrapper.findAll('button').map((button) => button.attributes('aria-label') ?? button.text())

describe('ActivityTimeline', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(tenantsApi.listMembers).mockResolvedValue({ items: [], nextCursor: null })
    vi.mocked(dealsApi.getDeal).mockResolvedValue({ name: 'Big renewal' } as Deal)
  })

  it('invites to log something when there is no activity yet, but not viewers', async () => {
    const wrapper = await mountTimeline('SALES_REP', [])
    expect(activitiesApi.listActivities).toHaveBeenCalledWith(
      { contactId: 'c1', limit: 20, type: [] },
      expect.any(AbortSignal),
    )
    expect(wrapper.text()).toContain('No activity yet')
    expect(buttons(wrapper)).toEqual(
      expect.arrayContaining(['Log activity', 'Log a call', 'Add a note', 'Add a task']),
    )

    const viewer = await mountTimeline('VIEWER', [])
    expect(buttons(viewer)).not.toContain('Log activity')
    expect(buttons(viewer)).not.toContain('Log a call')
  })

  it('shows each entry as text, links its deal, and offers changes only to whom may make them', async () => {
    const wrapper = await mountTimeline('SALES_REP', [
      anActivity('mine', { body: '<img src=x onerror=alert(1)> Prefers email.', dealId: 'd1' }),
      anActivity('theirs', { body: 'Not mine', ownerId: 'someone', createdBy: 'someone' }),
      aRecordedNote('recorded', 'Contact created', { body: 'Ada Lovelace', companyId: 'co1' }),
      aTask('assigned', { ownerId: 'someone', subject: 'Call back' }),
    ])
    await flushPromises()

    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)> Prefers email.')
    expect(wrapper.find('a[href="/deals/d1"]').text()).toBe('Big renewal')
    expect(wrapper.find('a[href="/companies/co1"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('recorded automatically')
    expect(buttons(wrapper)).toEqual(
      expect.arrayContaining([
        'Edit note <img src=x onerror=alert(1)> Prefers email.',
        'Edit task Call back',
      ]),
    )
    expect(buttons(wrapper).some((name) => name.includes('Not mine'))).toBe(false)
    expect(buttons(wrapper).some((name) => name.includes('Contact created'))).toBe(false)
  })

  it('filters by type with toggle buttons and asks again from the first page', async () => {
    const wrapper = await mountTimeline('ADMIN', [anActivity('a1')])
    const calls = wrapper.findAll('button').find((button) => button.text() === 'Calls')!
    expect(calls.attributes('aria-pressed')).toBe('false')
    await calls.trigger('click')
    await flushPromises()
    expect(calls.attributes('aria-pressed')).toBe('true')
    expect(activitiesApi.listActivities).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 20, type: ['CALL'] },
      expect.any(AbortSignal),
    )
  })

  it('moves an entry to the trash after asking, and brings it back on Undo', async () => {
    const note = anActivity('n1', { subject: 'Pricing' })
    vi.mocked(activitiesApi.deleteActivity).mockResolvedValue()
    vi.mocked(activitiesApi.restoreActivity).mockResolvedValue(note)
    const wrapper = await mountTimeline('ADMIN', [note])

    await wrapper.find('button[aria-label="Delete note Pricing"]').trigger('click')
    expect(activitiesApi.deleteActivity).not.toHaveBeenCalled()
    const confirm = wrapper.findAll('button').find((button) => button.text() === 'Move to trash')!
    await confirm.trigger('click')
    await flushPromises()
    expect(activitiesApi.deleteActivity).toHaveBeenCalledWith('n1')
    expect(wrapper.find('article').exists()).toBe(false)
    expect(wrapper.text()).toContain('Pricing was moved to the trash.')

    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Undo')!
      .trigger('click')
    await flushPromises()
    expect(activitiesApi.restoreActivity).toHaveBeenCalledWith('n1')
    expect(wrapper.find('article').text()).toContain('Pricing')
  })

  it('links an email sent through the platform to its page, and offers sending but not to viewers', async () => {
    const sent = anActivity('m1', {
      type: 'EMAIL',
      subject: 'Offer for Grace',
      body: 'Hi Grace',
      emailId: 'e1',
    })
    const wrapper = await mountTimeline('SALES_REP', [sent])
    const link = wrapper.find('a[aria-label="View email Offer for Grace"]')
    expect(link.attributes('href')).toBe('/emails/e1')
    expect(link.text()).toBe('View email')
    // What was sent is not rewritten: no edit or delete.
    expect(buttons(wrapper)).not.toContain('Edit email Offer for Grace')
    expect(buttons(wrapper)).toContain('Send email')

    const viewer = await mountTimeline('VIEWER', [sent])
    expect(buttons(viewer)).not.toContain('Send email')
    expect(viewer.find('a[aria-label="View email Offer for Grace"]').exists()).toBe(true)
  })

  it('shows system entries quietly, a run of them folded into one line that opens', async () => {
    const wrapper = await mountTimeline('ADMIN', [
      anActivity('call', { type: 'CALL', subject: 'Discovery call' }),
      aRecordedNote('s1', 'Moved from Lead to Qualified'),
      aRecordedNote('s2', 'Deal created'),
      anActivity('note', { body: 'Likes tea' }),
      aRecordedNote('s3', 'Contact created'),
    ])

    expect(wrapper.findAll('article')).toHaveLength(2)
    const fold = wrapper.findAll('button').find((button) => button.text().includes('system'))!
    expect(fold.text()).toContain('2 system entries')
    expect(fold.text()).toContain('Moved from Lead to Qualified, Deal created')
    expect(fold.attributes('aria-expanded')).toBe('false')
    const run = wrapper.find(`#${fold.attributes('aria-controls')}`)
    expect(run.attributes('style')).toContain('display: none')
    // A single one needs no folding: it is one quiet line.
    expect(wrapper.text()).toContain('Contact created')
    expect(
      buttons(wrapper).some((name) => /(Edit|Delete) .*(Contact|Deal) created/.test(name)),
    ).toBe(false)

    await fold.trigger('click')
    expect(fold.attributes('aria-expanded')).toBe('true')
    expect(run.attributes('style') ?? '').not.toContain('display: none')
    expect(run.findAll('li').map((item) => item.text())).toEqual([
      expect.stringContaining('Moved from Lead to Qualified'),
      expect.stringContaining('Deal created'),
    ])
  })

  it('hides the system entries with their switch, asking the server again, and shows them back', async () => {
    const wrapper = await mountTimeline('SALES_REP', [
      anActivity('note', { body: 'Likes tea' }),
      aRecordedNote('s1', 'Contact created'),
    ])
    const toggle = wrapper.find('input[role="switch"]')
    expect(toggle.element.closest('label')!.textContent).toContain('System entries')
    expect((toggle.element as HTMLInputElement).checked).toBe(true)

    vi.mocked(activitiesApi.listActivities).mockResolvedValue({
      items: [anActivity('note', { body: 'Likes tea' })],
      nextCursor: null,
    })
    await toggle.setValue(false)
    await flushPromises()
    expect(activitiesApi.listActivities).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 20, type: [], kind: ['LOGGED'] },
      expect.any(AbortSignal),
    )
    expect(wrapper.text()).not.toContain('Contact created')

    vi.mocked(activitiesApi.listActivities).mockResolvedValue({ items: [], nextCursor: null })
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Calls')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('No calls yet')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Show all activity')!
      .trigger('click')
    await flushPromises()
    expect((toggle.element as HTMLInputElement).checked).toBe(true)
    expect(activitiesApi.listActivities).toHaveBeenLastCalledWith(
      { contactId: 'c1', limit: 20, type: [] },
      expect.any(AbortSignal),
    )
  })
})
