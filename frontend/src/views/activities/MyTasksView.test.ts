import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as activitiesApi from '@/api/activities'
import type { Activity, MyTasksParams } from '@/api/activityRecords'
import * as contactsApi from '@/api/contacts'
import type { Contact } from '@/api/records'
import type { Role } from '@/api/types'
import { aTask } from '@/testing/activities'
import { signedInAs } from '@/testing/session'
import { responseError } from '@/testing/axios'
import MyTasksView from './MyTasksView.vue'

vi.mock('@/api/activities')
vi.mock('@/api/contacts')
vi.mock('@/api/companies')
vi.mock('@/api/deals')

async function mountAt(url: string, tasks: Activity[], role: Role = 'SALES_REP') {
  vi.mocked(activitiesApi.listMyTasks).mockImplementation((params: MyTasksParams = {}) =>
    Promise.resolve({
      items: params.due === 'OVERDUE' ? tasks.filter((task) => task.overdue) : tasks,
      nextCursor: null,
    }),
  )
  const pinia = signedInAs(role)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tasks', name: 'tasks', component: MyTasksView },
      { path: '/tasks/week', name: 'tasks-week', component: { template: '<p/>' } },
      { path: '/contacts', name: 'contacts', component: { template: '<p/>' } },
      { path: '/contacts/:id', name: 'contact', component: { template: '<p/>' } },
    ],
  })
  await router.push(url)
  const wrapper = mount(MyTasksView, {
    global: { plugins: [router, pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

const checkbox = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], id: string) =>
  wrapper.find<HTMLInputElement>(`#task-${id}`)

describe('MyTasksView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(contactsApi.getContact).mockResolvedValue({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: null,
    } as Contact)
  })

  it('opens the tab the URL names and keeps the chosen tab in the URL', async () => {
    const { wrapper, router } = await mountAt('/tasks?due=OVERDUE', [
      aTask('late'),
      aTask('later', { overdue: false, dueAt: '2099-01-01T00:00:00Z' }),
    ])
    expect(activitiesApi.listMyTasks).toHaveBeenCalledWith(
      { limit: 20, due: 'OVERDUE' },
      expect.any(AbortSignal),
    )
    const selected = wrapper.find('[role="tab"][aria-selected="true"]')
    expect(selected.text()).toBe('Overdue')
    expect(wrapper.text()).toContain('Task late')
    expect(wrapper.text()).not.toContain('Task later')
    expect(wrapper.find('a[href="/contacts/c1"]').text()).toBe('Ada Lovelace')

    const all = wrapper.findAll('[role="tab"]').find((tab) => tab.text() === 'All open')!
    await all.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks')
    expect(wrapper.text()).toContain('Task later')

    await wrapper.find('[role="tab"][aria-selected="true"]').trigger('keydown', { key: 'Home' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks?due=OVERDUE')
  })

  it('completes a task at once and takes it off the list when the server agrees', async () => {
    const task = aTask('t1', { version: 3 })
    let answer!: (saved: Activity) => void
    vi.mocked(activitiesApi.patchActivity).mockImplementation(
      () => new Promise((resolve) => (answer = resolve)),
    )
    const { wrapper } = await mountAt('/tasks?due=OVERDUE', [task, aTask('t2')])

    await checkbox(wrapper, 't1').setValue(true)
    expect(checkbox(wrapper, 't1').element.checked).toBe(true)
    expect(activitiesApi.patchActivity).toHaveBeenCalledWith('t1', { status: 'DONE', version: 3 })

    answer({ ...task, status: 'DONE', overdue: false, version: 4 })
    await flushPromises()
    expect(checkbox(wrapper, 't1').exists()).toBe(false)
    expect(wrapper.text()).toContain('Task t1 is done.')
    expect(document.activeElement).toBe(checkbox(wrapper, 't2').element)
  })

  it('puts the task back with the server’s reason when completing it is refused', async () => {
    vi.mocked(activitiesApi.patchActivity).mockRejectedValue(
      responseError(403, { detail: 'You may only change tasks assigned to you.' }),
    )
    const { wrapper } = await mountAt('/tasks', [aTask('t1')])

    await checkbox(wrapper, 't1').setValue(true)
    await flushPromises()

    expect(checkbox(wrapper, 't1').element.checked).toBe(false)
    expect(wrapper.find('[role="alert"]').text()).toContain('Task t1 was not completed')
    expect(wrapper.find('[role="alert"]').text()).toContain(
      'You may only change tasks assigned to you.',
    )
  })

  it('says when nothing is overdue', async () => {
    const { wrapper } = await mountAt('/tasks?due=OVERDUE', [])
    expect(wrapper.text()).toContain('Nothing overdue')
  })

  it('shows the task as it now is when someone changed it meanwhile', async () => {
    vi.mocked(activitiesApi.patchActivity).mockRejectedValue(
      responseError(409, { code: 'VERSION_CONFLICT', detail: 'Someone else changed this record.' }),
    )
    vi.mocked(activitiesApi.getActivity).mockResolvedValue(
      aTask('t1', { subject: 'Renamed', version: 5 }),
    )
    const { wrapper } = await mountAt('/tasks', [aTask('t1')])

    await checkbox(wrapper, 't1').setValue(true)
    await flushPromises()

    expect(wrapper.text()).toContain('Renamed')
    expect(wrapper.find('[role="alert"]').text()).toContain('Someone else changed this record.')
    vi.mocked(activitiesApi.patchActivity).mockResolvedValue(aTask('t1', { status: 'DONE' }))
    await checkbox(wrapper, 't1').setValue(true)
    expect(activitiesApi.patchActivity).toHaveBeenLastCalledWith('t1', {
      status: 'DONE',
      version: 5,
    })
  })

  it('offers managers the unassigned tasks in a tab kept in the URL, and assigns one on request', async () => {
    const nobodys = aTask('u1', { assigneeId: null, ownerId: 'someone', version: 2 })
    vi.mocked(activitiesApi.listUnassignedTasks).mockResolvedValue({
      items: [nobodys, aTask('u2', { assigneeId: null })],
      nextCursor: null,
    })
    vi.mocked(activitiesApi.patchActivity).mockResolvedValue({ ...nobodys, assigneeId: 'me' })
    const { wrapper, router } = await mountAt('/tasks', [aTask('mine')], 'MANAGER')

    const unassigned = wrapper.findAll('[role="tab"]').find((tab) => tab.text() === 'Unassigned')!
    await unassigned.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks?assignee=none')
    expect(activitiesApi.listUnassignedTasks).toHaveBeenCalledWith(
      { limit: 20 },
      expect.any(AbortSignal),
    )
    expect(wrapper.text()).toContain('Task u1')
    expect(wrapper.text()).not.toContain('Task mine')
    expect(wrapper.find('[role="tabpanel"]').text()).toContain('Unassigned')

    await wrapper.find('button[aria-label="Assign Task u1 to me"]').trigger('click')
    await flushPromises()
    expect(activitiesApi.patchActivity).toHaveBeenCalledWith('u1', { assigneeId: 'me', version: 2 })
    expect(checkbox(wrapper, 'u1').exists()).toBe(false)
    expect(wrapper.text()).toContain('Task u1 is assigned to you now')

    const overdue = wrapper.findAll('[role="tab"]').find((tab) => tab.text() === 'Overdue')!
    await overdue.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks?due=OVERDUE')
  })

  it('gives sales reps no unassigned tab, even when the URL asks for it', async () => {
    const { wrapper } = await mountAt('/tasks?assignee=none', [aTask('mine', { assigneeId: null })])
    expect(wrapper.findAll('[role="tab"]').map((tab) => tab.text())).toEqual([
      'Overdue',
      'Due today',
      'All open',
    ])
    expect(activitiesApi.listUnassignedTasks).not.toHaveBeenCalled()
    // Their own task nobody is assigned to is theirs to see, marked as such.
    const row = wrapper.find('li')
    expect(row.text()).toContain('Task mine')
    expect(row.text()).toContain('Unassigned')
    expect(row.find('button').exists()).toBe(false)
  })
})
