import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as activitiesApi from '@/api/activities'
import type { MyTasksParams } from '@/api/activityRecords'
import type { Role } from '@/api/types'
import { aTask } from '@/testing/activities'
import { signedInAs } from '@/testing/session'
import TasksCard from './TasksCard.vue'

vi.mock('@/api/activities')

async function mountAs(role: Role) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p/>' } },
      { path: '/tasks', name: 'tasks', component: { template: '<p/>' } },
    ],
  })
  const pinia = signedInAs(role)
  const wrapper = mount(TasksCard, { global: { plugins: [router, pinia] } })
  await flushPromises()
  return wrapper
}

describe('TasksCard', () => {
  beforeEach(() => {
    vi.mocked(activitiesApi.listMyTasks).mockImplementation((params: MyTasksParams = {}) =>
      Promise.resolve({
        items: params.due === 'OVERDUE' ? [aTask('late', { subject: 'Call back Ada' })] : [],
        nextCursor: null,
      }),
    )
    vi.mocked(activitiesApi.listUnassignedTasks).mockResolvedValue({
      items: [aTask('nobodys', { assigneeId: null }), aTask('also', { assigneeId: null })],
      nextCursor: null,
    })
  })

  it('shows my overdue task, and managers how many tasks nobody is assigned to', async () => {
    const wrapper = await mountAs('MANAGER')
    expect(wrapper.text()).toContain('Call back Ada')
    const unassigned = wrapper.find('a[href="/tasks?assignee=none"]')
    expect(unassigned.text()).toBe('Unassigned')
    expect(unassigned.element.closest('div')!.querySelector('dd')!.textContent).toContain('2')
    expect(activitiesApi.listUnassignedTasks).toHaveBeenCalledWith(
      { limit: 50 },
      expect.any(AbortSignal),
    )
  })

  it('does not ask for the unassigned tasks as a sales rep', async () => {
    vi.mocked(activitiesApi.listUnassignedTasks).mockClear()
    const wrapper = await mountAs('SALES_REP')
    expect(wrapper.text()).toContain('Call back Ada')
    expect(wrapper.find('a[href="/tasks?assignee=none"]').exists()).toBe(false)
    expect(activitiesApi.listUnassignedTasks).not.toHaveBeenCalled()
  })
})
