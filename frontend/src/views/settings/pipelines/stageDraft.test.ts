import { describe, expect, it } from 'vitest'
import { aStage } from '@/testing/deals'
import { draftOfStage, moved, newStageDraft, toStageInput, validateStageDraft } from './stageDraft'

describe('stage form', () => {
  it('turns a new stage into the request, with any next stage allowed', () => {
    const draft = { ...newStageDraft(), name: ' Demo ', probability: '40' }
    expect(validateStageDraft(draft)).toEqual({})
    expect(toStageInput(draft)).toEqual({
      name: 'Demo',
      probability: 40,
      outcome: null,
      rottingDays: null,
      requiredFields: [],
      allowedNextStageIds: null,
    })
  })

  it('keeps a stage’s rules when it is changed, with its version', () => {
    const stage = aStage('proposal', {
      name: 'Proposal',
      probability: 50,
      outcome: 'WON',
      rottingDays: 14,
      requiredFields: ['value', 'expectedCloseDate'],
      allowedNextStageIds: ['negotiation'],
      version: 7,
    })
    const draft = draftOfStage(stage)
    expect(draft).toMatchObject({ rottingDays: '14', anyNext: false, outcome: 'WON' })
    expect(toStageInput(draft, stage.version)).toEqual({
      name: 'Proposal',
      probability: 50,
      outcome: 'WON',
      rottingDays: 14,
      requiredFields: ['value', 'expectedCloseDate'],
      allowedNextStageIds: ['negotiation'],
      version: 7,
    })
    expect(toStageInput({ ...draft, anyNext: true }).allowedNextStageIds).toBeNull()
  })

  it('refuses what StageInput refuses', () => {
    expect(
      validateStageDraft({ ...newStageDraft(), name: ' ', probability: '101', rottingDays: '0' }),
    ).toEqual({
      name: 'Enter a name.',
      probability: 'Enter a whole number from 0 to 100.',
      rottingDays: 'Enter 1 to 3,650 days, or leave it empty.',
    })
    expect(validateStageDraft({ ...newStageDraft(), name: 'x', probability: '2.5' })).toEqual({
      probability: 'Enter a whole number from 0 to 100.',
    })
  })

  it('reorders stage ids for the up and down buttons and for dragging', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b'])
  })
})
