import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import * as tenantsApi from '@/api/tenants'
import type { Tenant } from '@/api/types'
import { responseError } from '@/testing/axios'
import ExportRolesForm from './ExportRolesForm.vue'

vi.mock('@/api/tenants')

const tenant: Tenant = {
  id: 't1',
  subdomain: 'acme',
  name: 'Acme',
  status: 'ACTIVE',
  plan: 'FREE',
  createdAt: '2026-01-01T00:00:00Z',
  trashRetentionDays: 30,
  exportRoles: ['ADMIN', 'MANAGER'],
}

function checkbox(wrapper: ReturnType<typeof mount>, label: string) {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`no checkbox labelled ${label}`)
  return found.find('input')
}

describe('ExportRolesForm', () => {
  it('shows who may export, with administrators always allowed', () => {
    const wrapper = mount(ExportRolesForm, { props: { tenant } })
    expect((checkbox(wrapper, 'Admin').element as HTMLInputElement).checked).toBe(true)
    expect((checkbox(wrapper, 'Admin').element as HTMLInputElement).disabled).toBe(true)
    expect((checkbox(wrapper, 'Manager').element as HTMLInputElement).checked).toBe(true)
    expect((checkbox(wrapper, 'Viewer').element as HTMLInputElement).checked).toBe(false)
  })

  it('saves the roles ticked, in role order, and says so', async () => {
    vi.mocked(tenantsApi.updateCurrentTenant).mockResolvedValue({
      ...tenant,
      exportRoles: ['ADMIN', 'VIEWER'],
    })
    const wrapper = mount(ExportRolesForm, { props: { tenant } })
    await checkbox(wrapper, 'Viewer').setValue(true)
    await checkbox(wrapper, 'Manager').setValue(false)
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(tenantsApi.updateCurrentTenant).toHaveBeenCalledWith({
      exportRoles: ['ADMIN', 'VIEWER'],
    })
    expect(wrapper.text()).toContain('Export permissions were saved.')
    expect(wrapper.emitted('saved')?.[0]).toEqual([{ ...tenant, exportRoles: ['ADMIN', 'VIEWER'] }])
  })

  it('shows the server refusal', async () => {
    vi.mocked(tenantsApi.updateCurrentTenant).mockRejectedValue(
      responseError(403, { title: 'Not allowed', detail: 'Your role does not allow this action.' }),
    )
    const wrapper = mount(ExportRolesForm, { props: { tenant } })
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Your role does not allow this action.')
  })
})
