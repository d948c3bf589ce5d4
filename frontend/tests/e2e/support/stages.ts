import type { APIRequestContext } from '@playwright/test'
import { defaultPipeline, read, replace, type Organization } from './api'

/** A stage as `GET /api/pipelines/{id}/stages` reads it, by position. */
export interface StageRecord {
  id: string
  name: string
  probability: number
  outcome: string | null
  rottingDays: number | null
  requiredFields: string[]
  allowedNextStageIds: string[] | null
  version: number
}

/** The default pipeline's stages, with a lookup of their ids by name. */
export async function defaultStages(request: APIRequestContext, org: Organization) {
  const pipeline = await defaultPipeline(request, org)
  const path = `/api/pipelines/${pipeline.id}/stages`
  const stages = (await read<{ items: StageRecord[] }>(request, org, path)).items
  const idOf = (name: string) => stages.find((stage) => stage.name === name)!.id
  return { path, stages, idOf }
}

/** Changes a stage's rules (and anything else given) through the API. */
export async function changeStage(
  request: APIRequestContext,
  org: Organization,
  path: string,
  stage: StageRecord,
  change: Partial<StageRecord>,
): Promise<void> {
  const { name, probability, outcome, rottingDays, requiredFields, allowedNextStageIds, version } =
    stage
  await replace(request, org, `${path}/${stage.id}`, {
    ...{ name, probability, outcome, rottingDays, requiredFields, allowedNextStageIds, version },
    ...change,
  })
}
