import { computed } from 'vue'
import type { Pipeline } from '@/api/dealRecords'
import { listPipelines } from '@/api/pipelines'
import { useLoad } from './useLoad'

/** Pipelines for pickers: the default one first, then by position. */
export function sortPipelines(pipelines: readonly Pipeline[]): Pipeline[] {
  return [...pipelines].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.position - b.position,
  )
}

/** The organization's pipelines with their stages, loaded for one page. */
export function usePipelines() {
  const { data, loading, error, load } = useLoad(async () =>
    sortPipelines((await listPipelines()).items),
  )
  const pipelines = computed(() => data.value ?? [])

  const options = computed(() =>
    pipelines.value.map((pipeline) => ({ value: pipeline.id, label: pipeline.name })),
  )

  function find(pipelineId: string): Pipeline | undefined {
    return pipelines.value.find((pipeline) => pipeline.id === pipelineId)
  }

  return { pipelines, loading, error, options, load, find }
}
