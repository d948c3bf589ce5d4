import { describe, expect, it } from 'vitest'
import { aColumn, aDeal, aStage } from '@/testing/deals'
import { useHeldCard } from './useHeldCard'

const lead = aStage('lead', { allowedNextStageIds: ['qualified'] })
const qualified = aStage('qualified')
const won = aStage('won', { name: 'Closed Won', outcome: 'WON' })
const columns = [
  aColumn(lead, [aDeal('a', { name: 'Acme' })]),
  aColumn(qualified, [aDeal('b', { stageId: 'qualified' })]),
  aColumn(won, []),
]

describe('a held card', () => {
  it('marks each column as its origin, an allowed or a forbidden target', () => {
    const card = useHeldCard(() => columns)
    expect(card.stateOf(won)).toBeNull()

    card.hold('a')
    expect([lead, qualified, won].map(card.stateOf)).toEqual(['origin', 'allowed', 'forbidden'])
    expect(card.announcement.value).toBe('Moving Acme: it may go to Qualified.')
  })

  it('marks nothing once released, and says so when the card stayed', () => {
    const card = useHeldCard(() => columns)
    card.hold('a')
    card.release(false)
    expect(card.stateOf(won)).toBeNull()
    expect(card.announcement.value).toBe('Acme stays in Lead.')

    card.hold('a')
    card.release(true)
    expect(card.announcement.value).toBe('')
  })

  it('ignores a card the board does not know', () => {
    const card = useHeldCard(() => columns)
    card.hold('unknown')
    expect(card.held.value).toBeNull()
  })
})
