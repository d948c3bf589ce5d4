import { describe, expect, it } from 'vitest'
import type { Profile, Role } from '@/api/types'
import {
  canChangeActivity,
  canChangeRecord,
  canChooseOwner,
  canCreateRecords,
  canManagePipelines,
  canAddSuppression,
  canEditEmailSettings,
  canEditTemplates,
  canRemoveSuppression,
} from './permissions'

const member = (role: Role): Profile => ({
  id: 'me',
  email: 'me@acme.example',
  fullName: 'Me',
  role,
  tenant: { id: 't', subdomain: 'acme', name: 'Acme' },
  emailConfirmed: true,
})

describe('record permissions', () => {
  it.each([
    ['ADMIN', true, true, true],
    ['MANAGER', true, true, true],
    ['SALES_REP', true, false, true],
    ['VIEWER', false, false, false],
  ] as const)('%s: own %s, others %s, create %s', (role, own, others, create) => {
    expect(canChangeRecord(member(role), { ownerId: 'me' })).toBe(own)
    expect(canChangeRecord(member(role), { ownerId: 'someone-else' })).toBe(others)
    expect(canCreateRecords(member(role))).toBe(create)
  })

  it('lets only admins and managers choose another owner', () => {
    expect(canChooseOwner(member('MANAGER'))).toBe(true)
    expect(canChooseOwner(member('SALES_REP'))).toBe(false)
    expect(canChangeRecord(null, { ownerId: 'me' })).toBe(false)
  })

  it('lets only admins set up pipelines', () => {
    expect(canManagePipelines(member('ADMIN'))).toBe(true)
    expect(canManagePipelines(member('MANAGER'))).toBe(false)
    expect(canManagePipelines(null)).toBe(false)
  })

  it('lets sales reps work the tasks assigned to them, and nobody change recorded history', () => {
    const activity = (overrides: {
      type?: string
      assigneeId?: string
      source?: string
      emailId?: string
    }) => ({
      type: 'NOTE',
      ownerId: 'someone-else',
      assigneeId: null,
      source: null,
      ...overrides,
    })
    expect(canChangeActivity(member('SALES_REP'), activity({}))).toBe(false)
    expect(
      canChangeActivity(member('SALES_REP'), activity({ type: 'TASK', assigneeId: 'me' })),
    ).toBe(true)
    expect(canChangeActivity(member('VIEWER'), activity({ type: 'TASK', assigneeId: 'me' }))).toBe(
      false,
    )
    expect(canChangeActivity(member('ADMIN'), activity({ source: 'deal.stage_changed' }))).toBe(
      false,
    )
    expect(
      canChangeActivity(member('ADMIN'), activity({ type: 'TASK', source: 'deal.closed_won' })),
    ).toBe(true)
    expect(canChangeActivity(member('ADMIN'), activity({ type: 'EMAIL', emailId: 'sent-1' }))).toBe(
      false,
    )
  })
})

describe('email permissions', () => {
  it.each([
    ['ADMIN', true, true, true, true],
    ['MANAGER', true, false, true, false],
    ['SALES_REP', false, false, false, false],
    ['VIEWER', false, false, false, false],
  ] as const)(
    '%s: templates %s, settings %s, add suppression %s, remove %s',
    (role, templates, settings, add, remove) => {
      expect(canEditTemplates(member(role))).toBe(templates)
      expect(canEditEmailSettings(member(role))).toBe(settings)
      expect(canAddSuppression(member(role))).toBe(add)
      expect(canRemoveSuppression(member(role))).toBe(remove)
    },
  )

  it('offers nothing without a profile', () => {
    expect(canEditTemplates(null)).toBe(false)
    expect(canEditEmailSettings(null)).toBe(false)
  })
})
