import { describe, expect, it } from 'vitest'
import { aStage } from '@/testing/deals'
import { dropState, holdAnnouncement, mayMove } from './stageRules'

const qualified = aStage('qualified')
const proposal = aStage('proposal', { requiredFields: ['value', 'expectedCloseDate'] })
const lost = aStage('lost', { name: 'Closed Lost', outcome: 'LOST' })
const lead = aStage('lead', { allowedNextStageIds: ['qualified', 'lost'] })
const stuck = aStage('stuck', { allowedNextStageIds: [] })
const stages = [lead, qualified, proposal, lost]

describe('stage rules', () => {
  it('lets a deal move only to the stages its stage names', () => {
    expect(mayMove(lead, qualified)).toBe(true)
    expect(mayMove(lead, lost)).toBe(true)
    expect(mayMove(lead, proposal)).toBe(false)
  })

  it('lets a deal move anywhere when its stage names none (null)', () => {
    expect(stages.every((stage) => mayMove(qualified, stage))).toBe(true)
  })

  it('keeps a deal where it is when its stage allows an empty list, as the server does', () => {
    expect(mayMove(stuck, qualified)).toBe(false)
    expect(mayMove(stuck, stuck)).toBe(true)
  })

  it('allows a stage that requires fields: the requirements dialog asks for them', () => {
    expect(mayMove(qualified, proposal)).toBe(true)
  })

  it('tells the column a held card came from apart from the targets', () => {
    expect(stages.map((stage) => dropState(lead, stage))).toEqual([
      'origin',
      'allowed',
      'forbidden',
      'allowed',
    ])
  })

  it('says where a held card may go', () => {
    expect(holdAnnouncement('Acme', lead, stages)).toBe(
      'Moving Acme: it may go to Qualified or Closed Lost.',
    )
    expect(holdAnnouncement('Acme', qualified, stages)).toBe('Moving Acme: it may go to any stage.')
    expect(holdAnnouncement('Acme', stuck, [stuck, ...stages])).toBe(
      'Moving Acme: a deal in Stuck may not move on.',
    )
  })
})
