import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as activitiesApi from '@/api/activities'
import type { CalendarParams } from '@/api/activityRecords'
import * as contactsApi from '@/api/contacts'
import type { Contact } from '@/api/records'
import * as tenantsApi from '@/api/tenants'
import type { Member, Role } from '@/api/types'
import { aTask, anActivity } from '@/testing/activities'
import { signedInAs } from '@/testing/session'
import WeekView from './WeekView.vue'

vi.mock('@/api/activities')
vi.mock('@/api/contacts')
vi.mock('@/api/companies')
vi.mock('@/api/deals')
vi.mock('@/api/tenants')

// Midday UTC: the same day in every time zone the tests may run in.
const thisWeeksTask = aTask('quote', { subject: 'Send quote', dueAt: '2026-12-08T12:00:00Z' })
const thisWeeksMeeting = anActivity('demo', {
  type: 'MEETING',
  subject: 'Demo',
  startsAt: '2026-12-10T12:00:00Z',
  endsAt: '2026-12-10T13:00:00Z',
  contactId: 'c1',
})
const doneTask = aTask('done', {
  subject: 'Prepared',
  dueAt: '2026-12-07T12:00:00Z',
  status: 'DONE',
  overdue: false,
})
const nextWeeksTask = aTask('later', { subject: 'Follow up', dueAt: '2026-12-15T12:00:00Z' })

async function mountAt(url: string, role: Role = 'SALES_REP') {
  vi.mocked(activitiesApi.getCalendar).mockImplementation((params: CalendarParams) =>
    Promise.resolve({
      from: params.from,
      to: params.to,
      zone: params.zone ?? 'UTC',
      items: [doneTask, thisWeeksTask, thisWeeksMeeting, nextWeeksTask].filter(
        (entry) =>
          (entry.dueAt ?? entry.startsAt)! >= params.from &&
          (entry.dueAt ?? entry.startsAt)! < params.to,
      ),
      truncated: false,
    }),
  )
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tasks/week', name: 'tasks-week', component: WeekView },
      { path: '/tasks', name: 'tasks', component: { template: '<p/>' } },
      { path: '/contacts/:id', name: 'contact', component: { template: '<p/>' } },
    ],
  })
  await router.push(url)
  const wrapper = mount(WeekView, {
    global: { plugins: [router, signedInAs(role)] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

const dayOf = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], day: string) =>
  wrapper.find(`section[aria-labelledby="day-${day}"]`)

describe('WeekView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T12:00:00Z'))
    document.body.innerHTML = ''
    vi.mocked(contactsApi.getContact).mockResolvedValue({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: null,
    } as Contact)
    vi.mocked(tenantsApi.listMembers).mockResolvedValue({
      items: [
        { id: 'me', fullName: 'Mia Member' } as Member,
        { id: 'rep-2', fullName: 'Rob Rep' } as Member,
      ],
      nextCursor: null,
    })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("shows this week's entries on their days, linked to their records, and marks them", async () => {
    const { wrapper } = await mountAt('/tasks/week')
    expect(activitiesApi.getCalendar).toHaveBeenCalledWith(
      {
        from: '2026-12-07',
        to: '2026-12-14',
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        assigneeId: undefined,
      },
      expect.any(AbortSignal),
    )
    expect(wrapper.findAll('section[aria-labelledby^="day-"]')).toHaveLength(7)
    expect(dayOf(wrapper, '2026-12-08').text()).toContain('Send quote')
    expect(dayOf(wrapper, '2026-12-08').text()).toContain('Overdue')
    expect(dayOf(wrapper, '2026-12-10').text()).toContain('Demo')
    expect(dayOf(wrapper, '2026-12-09').text()).toContain('Today')
    expect(dayOf(wrapper, '2026-12-11').text()).toContain('Nothing planned')
    const link = dayOf(wrapper, '2026-12-10').find('a')
    expect(link.attributes('href')).toBe('/contacts/c1')
    expect(link.text()).toBe('Demo')

    const done = dayOf(wrapper, '2026-12-07')
    expect(done.find('a').classes()).toContain('line-through')
    expect(done.text()).toContain('Done')
    expect(done.text()).not.toContain('Overdue')
    expect(wrapper.find('select').exists()).toBe(false)
  })

  it('goes to the next week and back, keeping the week in the URL', async () => {
    const { wrapper, router } = await mountAt('/tasks/week')
    const button = (name: string) => wrapper.findAll('button').find((b) => b.text().includes(name))!
    expect(button('This week').attributes('disabled')).toBeDefined()

    await button('Next week').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks/week?week=2026-12-14')
    expect(dayOf(wrapper, '2026-12-15').text()).toContain('Follow up')
    expect(wrapper.text()).not.toContain('Send quote')

    await button('Previous week').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks/week')
    expect(wrapper.text()).toContain('Send quote')

    await button('Previous week').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.week).toBe('2026-11-30')
    await button('This week').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks/week')
  })

  it('opens the week a link names, from any day of it', async () => {
    const { wrapper } = await mountAt('/tasks/week?week=2026-12-17')
    expect(vi.mocked(activitiesApi.getCalendar).mock.lastCall![0]).toMatchObject({
      from: '2026-12-14',
      to: '2026-12-21',
    })
    expect(wrapper.text()).toContain('Follow up')
  })

  it('lets managers pick a member, whose week is asked for and kept in the URL', async () => {
    const { wrapper, router } = await mountAt('/tasks/week', 'MANAGER')
    const select = wrapper.find('select')
    expect(select.findAll('option').map((option) => option.text())).toEqual(['Me', 'Rob Rep'])
    await select.setValue('rep-2')
    await flushPromises()
    expect(router.currentRoute.value.query.assigneeId).toBe('rep-2')
    expect(vi.mocked(activitiesApi.getCalendar).mock.lastCall![0].assigneeId).toBe('rep-2')
  })

  it('ignores a member in the URL for a sales rep: it is their own week', async () => {
    await mountAt('/tasks/week?assigneeId=rep-2')
    expect(vi.mocked(activitiesApi.getCalendar).mock.lastCall![0].assigneeId).toBeUndefined()
  })

  it('says when the week could not be loaded and tries again', async () => {
    vi.mocked(activitiesApi.getCalendar).mockRejectedValueOnce(new Error('offline'))
    const { wrapper } = await mountAt('/tasks/week')
    expect(wrapper.text()).toContain('The week could not be loaded')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.text()).not.toContain('could not be loaded')
    expect(wrapper.findAll('section[aria-labelledby^="day-"]')).toHaveLength(7)
    expect(wrapper.text()).toContain('Send quote')
  })
})
