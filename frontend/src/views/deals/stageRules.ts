import type { Stage, StageOutcome } from '@/api/dealRecords'

/**
 * The deal-service's transition rule (`StageRules`), so that the board offers only moves it will
 * take: a deal in `from` may go to `to` when `from.allowedNextStageIds` is null (any stage) or
 * names `to`; an empty list lets it go nowhere. Staying put is no move, so it is allowed.
 * Required fields are not part of this: a stage asking for them opens the requirements dialog.
 */
export function mayMove(from: Stage, to: Stage): boolean {
  if (from.id === to.id || from.allowedNextStageIds === null) return true
  return from.allowedNextStageIds.includes(to.id)
}

/** What a column is to a card being held: where it came from, or a target allowed or not. */
export type DropState = 'origin' | 'allowed' | 'forbidden'

export function dropState(from: Stage, target: Stage): DropState {
  if (from.id === target.id) return 'origin'
  return mayMove(from, target) ? 'allowed' : 'forbidden'
}

const either = new Intl.ListFormat('en', { type: 'disjunction' })

/** For screen readers, as a card is picked up: where the rules let it go. */
export function holdAnnouncement(dealName: string, from: Stage, stages: readonly Stage[]): string {
  const targets = stages.filter((stage) => dropState(from, stage) === 'allowed')
  if (targets.length === 0) return `Moving ${dealName}: a deal in ${from.name} may not move on.`
  if (targets.length === stages.length - 1) return `Moving ${dealName}: it may go to any stage.`
  return `Moving ${dealName}: it may go to ${either.format(targets.map((stage) => stage.name))}.`
}

/** Where "Won" or "Lost" takes a deal: the pipeline's first stage with that outcome. */
export function outcomeStage(stages: readonly Stage[], outcome: StageOutcome): Stage | undefined {
  return stages.find((stage) => stage.outcome === outcome)
}
