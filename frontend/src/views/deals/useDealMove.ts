import { ref } from 'vue'
import { patchDeal } from '@/api/deals'
import {
  REQUIRED_FIELDS,
  type Deal,
  type DealPatch,
  type RequiredField,
  type Stage,
} from '@/api/dealRecords'
import { parseProblem, type Problem } from '@/api/problem'

/** What a screen does with a deal being moved; the move itself is the composable's. */
export interface MoveHooks {
  /** Shows the deal in the new stage at once. */
  apply: () => void
  /** Puts it back where it was: the server refused (with its problem) or the user cancelled (null). */
  undo: (problem: Problem | null) => void
  /** Takes the deal as the server saved it. */
  done: (saved: Deal) => void
}

/** A stage asked for fields the deal lacks: the dialog asks for exactly those. */
export interface RequirementsRequest {
  deal: Deal
  stage: Stage
  fields: RequiredField[]
  /** The server's sentence, e.g. "Proposal needs a value." */
  detail: string
  /** The server's messages about values sent with the move, by field. */
  errors: Record<string, string>
}

export interface MoveFailure {
  title: string
  detail: string
}

interface Attempt {
  deal: Deal
  stage: Stage
  hooks: MoveHooks
}

/** The fields a 422 STAGE_REQUIREMENTS_MISSING names (the bulk call prefixes `<dealId>.`). */
export function missingFields(problem: Problem): RequiredField[] {
  if (problem.code !== 'STAGE_REQUIREMENTS_MISSING') return []
  const names = Object.keys(problem.fieldErrors).map((field) => field.split('.').pop() ?? '')
  return REQUIRED_FIELDS.filter((field) => names.includes(field))
}

/**
 * Moves deals between stages optimistically, for the board and the deal page alike: the deal
 * moves at once, then `PATCH {stageId, version}`. When the stage needs fields the deal lacks,
 * `requirements` asks for them and the move is sent again with them; a cancel, a refusal or any
 * other failure puts the deal back and keeps the server's words in `failure`. A move to a lost
 * stage asks for the reason before anything is sent.
 */
export function useDealMove(patch: (id: string, patch: DealPatch) => Promise<Deal> = patchDeal) {
  const requirements = ref<RequirementsRequest | null>(null)
  const sending = ref(false)
  const failure = ref<MoveFailure | null>(null)
  /** For a polite live region: what just happened. */
  const announcement = ref('')
  let waiting: Attempt | null = null

  function settle(attempt: Attempt): void {
    if (waiting === attempt) {
      waiting = null
      requirements.value = null
    }
  }

  function giveUp(attempt: Attempt, problem: Problem | null, detail: string): void {
    settle(attempt)
    attempt.hooks.undo(problem)
    failure.value = { title: `${attempt.deal.name} was not moved to ${attempt.stage.name}`, detail }
    announcement.value = `${attempt.deal.name} was not moved. ${detail}`
  }

  function ask(attempt: Attempt, fields: RequiredField[], detail: string): void {
    const asked = waiting === attempt ? (requirements.value?.fields ?? []) : []
    waiting = attempt
    requirements.value = {
      deal: attempt.deal,
      stage: attempt.stage,
      fields: REQUIRED_FIELDS.filter((field) => asked.includes(field) || fields.includes(field)),
      detail,
      errors: {},
    }
  }

  async function send(attempt: Attempt, extra: DealPatch): Promise<void> {
    const { deal, stage } = attempt
    try {
      const saved = await patch(deal.id, { ...extra, stageId: stage.id, version: deal.version })
      settle(attempt)
      attempt.hooks.done(saved)
      announcement.value = `${saved.name} moved to ${stage.name}.`
    } catch (error) {
      const problem = parseProblem(error)
      const fields = missingFields(problem)
      const request = requirements.value
      if (fields.length > 0) ask(attempt, fields, problem.detail)
      else if (waiting === attempt && request && problem.status === 400) {
        // A value sent with the move was refused: say so beside it and let the user fix it.
        requirements.value = { ...request, errors: problem.fieldErrors }
      } else giveUp(attempt, problem, problem.detail)
    }
  }

  /** Moves `deal` to `stage`; resolves once the server answered (or asks for fields). */
  async function move(deal: Deal, stage: Stage, hooks: MoveHooks): Promise<void> {
    if (deal.stageId === stage.id) return
    failure.value = null
    hooks.apply()
    const attempt = { deal, stage, hooks }
    // A lost deal always says why, whether or not its stage requires it: it is what the team learns from.
    if (stage.outcome === 'LOST') {
      ask(attempt, ['lostReason'], `Why was ${deal.name} lost?`)
      announcement.value = `${deal.name}: say why it was lost.`
      return
    }
    announcement.value = `Moving ${deal.name} to ${stage.name}…`
    await send(attempt, {})
  }

  /** Sends the move again with the fields the dialog asked for. */
  async function submitRequirements(values: DealPatch): Promise<void> {
    const attempt = waiting
    if (!attempt || sending.value) return
    sending.value = true
    try {
      await send(attempt, values)
    } finally {
      sending.value = false
    }
  }

  function cancelRequirements(): void {
    const attempt = waiting
    if (!attempt || sending.value) return
    giveUp(attempt, null, requirements.value?.detail ?? '')
  }

  return {
    requirements,
    sending,
    failure,
    announcement,
    move,
    submitRequirements,
    cancelRequirements,
  }
}
