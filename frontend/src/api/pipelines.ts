import { http } from './http'
import { id } from './http-params'
import type { NewPipeline, Pipeline, PipelineChange, Stage, StageInput } from './dealRecords'
import type { Page } from './types'

const stagesPath = (pipelineId: string) => `/api/pipelines/${id(pipelineId)}/stages`

/** Every pipeline with its stages, by position. */
export async function listPipelines(): Promise<Page<Pipeline>> {
  const { data } = await http.get<Page<Pipeline>>('/api/pipelines')
  return data
}

export async function getPipeline(pipelineId: string): Promise<Pipeline> {
  const { data } = await http.get<Pipeline>(`/api/pipelines/${id(pipelineId)}`)
  return data
}

/** Without stages the new pipeline gets the default six. */
export async function createPipeline(pipeline: NewPipeline): Promise<Pipeline> {
  const { data } = await http.post<Pipeline>('/api/pipelines', pipeline)
  return data
}

/** Renames the pipeline or makes it the default (`version` as read). */
export async function changePipeline(
  pipelineId: string,
  change: PipelineChange,
): Promise<Pipeline> {
  const { data } = await http.put<Pipeline>(`/api/pipelines/${id(pipelineId)}`, change)
  return data
}

/** 409 PIPELINE_HAS_DEALS while deals (also in the trash) are in it, 409 LAST_PIPELINE. */
export async function deletePipeline(pipelineId: string): Promise<void> {
  await http.delete(`/api/pipelines/${id(pipelineId)}`)
}

export async function listStages(pipelineId: string): Promise<Page<Stage>> {
  const { data } = await http.get<Page<Stage>>(stagesPath(pipelineId))
  return data
}

export async function addStage(pipelineId: string, stage: StageInput): Promise<Stage> {
  const { data } = await http.post<Stage>(stagesPath(pipelineId), stage)
  return data
}

export async function changeStage(
  pipelineId: string,
  stageId: string,
  stage: StageInput,
): Promise<Stage> {
  const { data } = await http.put<Stage>(`${stagesPath(pipelineId)}/${id(stageId)}`, stage)
  return data
}

/** `stageIds` names every stage of the pipeline, in the new order; answers the pipeline. */
export async function reorderStages(pipelineId: string, stageIds: string[]): Promise<Pipeline> {
  const { data } = await http.put<Pipeline>(`${stagesPath(pipelineId)}/order`, { stageIds })
  return data
}

/** 409 STAGE_HAS_DEALS when deals are in the stage and no `moveDealsTo` stage is named. */
export async function deleteStage(
  pipelineId: string,
  stageId: string,
  moveDealsTo?: string,
): Promise<void> {
  await http.delete(`${stagesPath(pipelineId)}/${id(stageId)}`, {
    params: moveDealsTo ? { moveDealsTo } : {},
  })
}
