import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as activitiesApi from '@/api/activities'
import type { Activity, ActivityType } from '@/api/activityRecords'
import * as tenantsApi from '@/api/tenants'
import { useSessionStore } from '@/stores/session'
import { anActivity } from '@/testing/activities'
import { responseError } from '@/testing/axios'
import ActivityDialog from './ActivityDialog.vue'

vi.mock('@/api/activities')
vi.mock('@/api/tenants')

async function mountDialog(type: ActivityType, activity: Activity | null = null) {
  const pinia = createPinia()
  useSessionStore(pinia).profile = {
    id: 'me',
    email: 'me@acme.example',
    fullName: 'Mia Member',
    role: 'SALES_REP',
    tenant: { id: 't', subdomain: 'acme', name: 'Acme' },
    emailConfirmed: true,
  }
  const wrapper = mount(ActivityDialog, {
    props: { open: true, type, activity, of: { contactId: 'c1' } },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

/** The control a label names, as a person finds it. */
function field(wrapper: VueWrapper, label: string) {
  const element = wrapper.findAll('label').find(
    (candidate) =>
      candidate
        .text()
        .replace(/\*|\(required\)/g, '')
        .trim() === label,
  )
  if (!element) throw new Error(`no field labelled ${label}`)
  return wrapper.find(`[id="${element.attributes('for')}"]`)
}

const errorOf = (wrapper: VueWrapper, label: string) => {
  const described = field(wrapper, label).attributes('aria-describedby') ?? ''
  return described
    .split(' ')
    .map((id) => wrapper.find(`[id="${id}"]`))
    .find((element) => element.attributes('role') === 'alert')
    ?.text()
}

describe('ActivityDialog', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(tenantsApi.listMembers).mockResolvedValue({ items: [], nextCursor: null })
  })

  it('logs a call about the page’s record with the fields of a call', async () => {
    const saved = anActivity('a1', { type: 'CALL' })
    vi.mocked(activitiesApi.createActivity).mockResolvedValue(saved)
    const wrapper = await mountDialog('CALL')

    expect(wrapper.find('h2').text()).toBe('Log a call')
    expect(wrapper.findAll('label').map((label) => label.text())).not.toContain('Due')
    await field(wrapper, 'Subject').setValue('Discovery call')
    await field(wrapper, 'Direction').setValue('INBOUND')
    await field(wrapper, 'Duration').setValue('12:30')
    await field(wrapper, 'Outcome').setValue('Left a voicemail')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(activitiesApi.createActivity).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'CALL',
        contactId: 'c1',
        subject: 'Discovery call',
        direction: 'INBOUND',
        durationSeconds: 750,
        outcome: 'Left a voicemail',
      }),
    )
    expect(wrapper.emitted('saved')).toEqual([[saved, true]])
  })

  it('assigns a new task to the signed-in member by default', async () => {
    const wrapper = await mountDialog('TASK')
    const assignee = field(wrapper, 'Assignee').element as HTMLSelectElement
    expect(assignee.value).toBe('me')
    expect(assignee.selectedOptions[0]?.text).toBe('Mia Member (you)')
  })

  it('shows the server’s field errors beside their fields and the others above them', async () => {
    vi.mocked(activitiesApi.createActivity).mockRejectedValue(
      responseError(400, {
        detail: 'durationSeconds: must be less than or equal to 86400',
        errors: [
          { field: 'durationSeconds', message: 'must be less than or equal to 86400' },
          { field: 'contactId', message: 'This contact is in the trash.' },
        ],
      }),
    )
    const wrapper = await mountDialog('CALL')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(errorOf(wrapper, 'Duration')).toBe('must be less than or equal to 86400')
    expect(field(wrapper, 'Duration').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(field(wrapper, 'Duration').element)
    const alerts = wrapper.findAll('[role="alert"]').map((alert) => alert.text())
    expect(alerts.some((text) => text.includes('This contact is in the trash.'))).toBe(true)
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('checks before sending: a note needs its text', async () => {
    const wrapper = await mountDialog('NOTE')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, 'Note')).toBe('Write the note.')
    expect(activitiesApi.createActivity).not.toHaveBeenCalled()
  })

  it('offers the saved version after someone else changed the activity meanwhile', async () => {
    const mine = anActivity('n1', { body: 'My text', version: 1 })
    const theirs = anActivity('n1', { body: 'Their text', version: 2 })
    vi.mocked(activitiesApi.patchActivity).mockRejectedValue(
      responseError(409, { code: 'VERSION_CONFLICT', detail: 'Someone else changed this record.' }),
    )
    vi.mocked(activitiesApi.getActivity).mockResolvedValue(theirs)
    const wrapper = await mountDialog('NOTE', mine)

    expect(wrapper.find('h2').text()).toBe('Edit note')
    await field(wrapper, 'Note').setValue('Changed text')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(activitiesApi.patchActivity).toHaveBeenCalledWith(
      'n1',
      expect.objectContaining({ body: 'Changed text', version: 1 }),
    )
    expect(wrapper.text()).toContain('Changed by someone else')

    const reload = wrapper.findAll('button').find((b) => b.text() === 'Reload their version')!
    await reload.trigger('click')
    await flushPromises()
    expect((field(wrapper, 'Note').element as HTMLTextAreaElement).value).toBe('Their text')
    expect(wrapper.emitted('refreshed')).toEqual([[theirs]])
    expect(wrapper.text()).not.toContain('Changed by someone else')

    vi.mocked(activitiesApi.patchActivity).mockResolvedValue(theirs)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(activitiesApi.patchActivity).toHaveBeenLastCalledWith(
      'n1',
      expect.objectContaining({ version: 2 }),
    )
  })
})
