import type { RequiredField, Stage, StageInput, StageOutcome } from '@/api/dealRecords'

/** The stage form's state: a stage being added or changed, as the admin types it. */
export interface StageDraft {
  name: string
  probability: string
  outcome: '' | StageOutcome
  rottingDays: string
  requiredFields: RequiredField[]
  /** Deals may move on to any stage of the pipeline (`allowedNextStageIds` null). */
  anyNext: boolean
  allowedNextStageIds: string[]
}

export const ROTTING_DAYS_MAX = 3650

export function newStageDraft(): StageDraft {
  return {
    name: '',
    probability: '50',
    outcome: '',
    rottingDays: '',
    requiredFields: [],
    anyNext: true,
    allowedNextStageIds: [],
  }
}

export function draftOfStage(stage: Stage): StageDraft {
  return {
    name: stage.name,
    probability: String(stage.probability),
    outcome: stage.outcome ?? '',
    rottingDays: stage.rottingDays === null ? '' : String(stage.rottingDays),
    requiredFields: [...stage.requiredFields],
    anyNext: stage.allowedNextStageIds === null,
    allowedNextStageIds: [...(stage.allowedNextStageIds ?? [])],
  }
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null
}

/** The checks of StageInput: a name, a probability from 0 to 100, rotting after 1 to 3650 days. */
export function validateStageDraft(draft: StageDraft): Record<string, string> {
  const errors: Record<string, string> = {}
  const name = draft.name.trim()
  if (name === '') errors.name = 'Enter a name.'
  else if (name.length > 100) errors.name = 'Use at most 100 characters.'
  const probability = wholeNumber(draft.probability)
  if (probability === null || probability > 100) {
    errors.probability = 'Enter a whole number from 0 to 100.'
  }
  if (draft.rottingDays.trim() !== '') {
    const days = wholeNumber(draft.rottingDays)
    if (days === null || days < 1 || days > ROTTING_DAYS_MAX) {
      errors.rottingDays = `Enter 1 to ${ROTTING_DAYS_MAX.toLocaleString('en')} days, or leave it empty.`
    }
  }
  return errors
}

/** The stage as the API wants it; `version` when changing one. */
export function toStageInput(draft: StageDraft, version?: number): StageInput {
  return {
    name: draft.name.trim(),
    probability: Number(draft.probability.trim()),
    outcome: draft.outcome || null,
    rottingDays: draft.rottingDays.trim() === '' ? null : Number(draft.rottingDays.trim()),
    requiredFields: draft.requiredFields,
    allowedNextStageIds: draft.anyNext ? null : draft.allowedNextStageIds,
    ...(version === undefined ? {} : { version }),
  }
}

/** The ids in a new order: the one at `from` moved to `to` (clamped). */
export function moved(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids]
  const [id] = next.splice(from, 1)
  if (id === undefined) return next
  next.splice(Math.max(0, Math.min(to, next.length)), 0, id)
  return next
}
