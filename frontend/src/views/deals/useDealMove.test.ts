import { describe, expect, it, vi } from 'vitest'
import type { Deal, DealPatch } from '@/api/dealRecords'
import { responseError } from '@/testing/axios'
import { aDeal, aStage } from '@/testing/deals'
import { useDealMove, type MoveHooks } from './useDealMove'

const proposal = aStage('proposal', {
  name: 'Proposal',
  requiredFields: ['value', 'expectedCloseDate'],
})

function hooks(): MoveHooks & { log: string[] } {
  const log: string[] = []
  return {
    log,
    apply: vi.fn(() => log.push('apply')),
    undo: vi.fn(() => log.push('undo')),
    done: vi.fn((saved: Deal) => log.push(`done v${saved.version}`)),
  }
}

const requirementsMissing = responseError(422, {
  title: 'Stage needs more details',
  code: 'STAGE_REQUIREMENTS_MISSING',
  detail: 'Proposal needs a value and an expected close date.',
  errors: [
    { field: 'value', message: 'Proposal needs a value.' },
    { field: 'expectedCloseDate', message: 'Proposal needs an expected close date.' },
  ],
})

describe('useDealMove', () => {
  it('shows the move at once and takes the saved deal when the server agrees', async () => {
    const deal = aDeal('d1', { version: 3 })
    const patch = vi.fn((_id: string, change: DealPatch) =>
      Promise.resolve(aDeal('d1', { stageId: change.stageId ?? '', version: 4 })),
    )
    const mover = useDealMove(patch)
    const screen = hooks()

    await mover.move(deal, proposal, screen)

    expect(patch).toHaveBeenCalledWith('d1', { stageId: 'proposal', version: 3 })
    expect(screen.log).toEqual(['apply', 'done v4'])
    expect(mover.failure.value).toBeNull()
    expect(mover.announcement.value).toBe('Deal d1 moved to Proposal.')
  })

  it('asks for exactly the missing fields, then sends them with the move', async () => {
    const patch = vi
      .fn<(id: string, change: DealPatch) => Promise<Deal>>()
      .mockRejectedValueOnce(requirementsMissing)
      .mockResolvedValueOnce(aDeal('d1', { stageId: 'proposal', value: 5000, version: 2 }))
    const mover = useDealMove(patch)
    const screen = hooks()

    await mover.move(aDeal('d1'), proposal, screen)

    expect(screen.log).toEqual(['apply'])
    expect(mover.requirements.value).toMatchObject({
      fields: ['value', 'expectedCloseDate'],
      detail: 'Proposal needs a value and an expected close date.',
    })

    await mover.submitRequirements({
      value: 5000,
      currency: 'EUR',
      expectedCloseDate: '2026-12-15',
    })

    expect(patch).toHaveBeenLastCalledWith('d1', {
      value: 5000,
      currency: 'EUR',
      expectedCloseDate: '2026-12-15',
      stageId: 'proposal',
      version: 1,
    })
    expect(screen.log).toEqual(['apply', 'done v2'])
    expect(mover.requirements.value).toBeNull()
  })

  it('keeps the dialog open with the server’s words when a value sent is refused', async () => {
    const patch = vi
      .fn<(id: string, change: DealPatch) => Promise<Deal>>()
      .mockRejectedValueOnce(requirementsMissing)
      .mockRejectedValueOnce(
        responseError(400, {
          detail: 'Some fields are not valid.',
          errors: [{ field: 'currency', message: 'must be a three-letter ISO 4217 code' }],
        }),
      )
    const mover = useDealMove(patch)
    const screen = hooks()

    await mover.move(aDeal('d1'), proposal, screen)
    await mover.submitRequirements({ value: 1, currency: 'EURO' })

    expect(mover.requirements.value?.errors).toEqual({
      currency: 'must be a three-letter ISO 4217 code',
    })
    expect(screen.undo).not.toHaveBeenCalled()
  })

  it('puts the deal back when the user cancels the dialog', async () => {
    const mover = useDealMove(vi.fn().mockRejectedValue(requirementsMissing))
    const screen = hooks()

    await mover.move(aDeal('d1'), proposal, screen)
    mover.cancelRequirements()

    expect(screen.log).toEqual(['apply', 'undo'])
    expect(screen.undo).toHaveBeenCalledWith(null)
    expect(mover.requirements.value).toBeNull()
    expect(mover.failure.value).toEqual({
      title: 'Deal d1 was not moved to Proposal',
      detail: 'Proposal needs a value and an expected close date.',
    })
  })

  it.each([
    [
      'a transition the stage does not allow',
      responseError(422, {
        code: 'TRANSITION_NOT_ALLOWED',
        detail: 'Deals in Lead may move only to Qualified.',
      }),
      'Deals in Lead may move only to Qualified.',
    ],
    [
      'a stale version',
      responseError(409, { code: 'VERSION_CONFLICT', detail: 'The deal was changed meanwhile.' }),
      'The deal was changed meanwhile.',
    ],
  ])('rolls the deal back on %s and shows the server’s detail', async (_case, error, detail) => {
    const mover = useDealMove(vi.fn().mockRejectedValue(error))
    const screen = hooks()

    await mover.move(aDeal('d1'), proposal, screen)

    expect(screen.log).toEqual(['apply', 'undo'])
    expect(vi.mocked(screen.undo).mock.calls[0]![0]).toMatchObject({
      status: error.response?.status,
    })
    expect(mover.failure.value?.detail).toBe(detail)
    expect(mover.requirements.value).toBeNull()
  })

  it('does nothing when the deal is already in the stage', async () => {
    const patch = vi.fn()
    const screen = hooks()
    await useDealMove(patch).move(aDeal('d1', { stageId: 'proposal' }), proposal, screen)
    expect(patch).not.toHaveBeenCalled()
    expect(screen.log).toEqual([])
  })

  it('asks why a deal was lost before sending the move, then sends the reason with it', async () => {
    const lost = aStage('lost', { name: 'Closed Lost', outcome: 'LOST' })
    const patch = vi.fn((_id: string, change: DealPatch) =>
      Promise.resolve(aDeal('d1', { stageId: change.stageId ?? '', status: 'LOST', version: 2 })),
    )
    const mover = useDealMove(patch)
    const screen = hooks()

    await mover.move(aDeal('d1'), lost, screen)

    expect(patch).not.toHaveBeenCalled()
    expect(mover.requirements.value).toMatchObject({
      fields: ['lostReason'],
      detail: 'Why was Deal d1 lost?',
    })
    await mover.submitRequirements({ lostReason: 'Too expensive' })

    expect(patch).toHaveBeenCalledWith('d1', {
      lostReason: 'Too expensive',
      stageId: 'lost',
      version: 1,
    })
    expect(screen.log).toEqual(['apply', 'done v2'])
  })
})
