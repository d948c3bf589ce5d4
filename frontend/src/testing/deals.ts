import type { BoardColumn, Deal, Stage } from '@/api/dealRecords'

/** Test data of the deal-service, with only what a test cares about overridden. */
export function aStage(id: string, overrides: Partial<Stage> = {}): Stage {
  return {
    id,
    pipelineId: 'p1',
    name: id.charAt(0).toUpperCase() + id.slice(1),
    position: 0,
    probability: 10,
    outcome: null,
    rottingDays: null,
    requiredFields: [],
    allowedNextStageIds: null,
    version: 0,
    ...overrides,
  }
}

export function aDeal(id: string, overrides: Partial<Deal> = {}): Deal {
  return {
    id,
    name: `Deal ${id}`,
    value: null,
    currency: 'USD',
    pipelineId: 'p1',
    stageId: 'lead',
    status: 'OPEN',
    contactId: null,
    companyId: null,
    ownerId: 'me',
    expectedCloseDate: null,
    lostReason: null,
    closedAt: null,
    stageEnteredAt: '2026-11-01T10:00:00Z',
    rotting: false,
    contactName: null,
    contactDeleted: false,
    companyName: null,
    companyDeleted: false,
    customFields: {},
    createdBy: 'me',
    updatedBy: 'me',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    version: 1,
    ...overrides,
  }
}

/** A column holding `deals`, its count and totals as the server would report them. */
export function aColumn(
  stage: Stage,
  deals: Deal[],
  extra: Partial<BoardColumn> = {},
): BoardColumn {
  const totals: Record<string, number> = {}
  for (const deal of deals) {
    if (deal.value !== null) totals[deal.currency] = (totals[deal.currency] ?? 0) + deal.value
  }
  return {
    stage,
    count: deals.length,
    totals,
    rotting: deals.filter((deal) => deal.rotting).length,
    items: deals,
    nextCursor: null,
    ...extra,
  }
}
