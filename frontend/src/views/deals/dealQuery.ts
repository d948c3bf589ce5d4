import type { ListQuerySpec } from '@/lib/listQuery'

/** The deal list's URL and API parameters; deals come newest first only, so nothing sorts. */
export const DEAL_LIST: ListQuerySpec = {
  filters: ['pipelineId', 'stageId', 'ownerId', 'status'],
  sortFields: [],
}
