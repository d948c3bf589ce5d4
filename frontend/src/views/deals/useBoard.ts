import { ref } from 'vue'
import type { BoardColumn, BoardParams } from '@/api/dealRecords'
import { getBoard, listDeals } from '@/api/deals'
import { parseProblem } from '@/api/problem'
import { useLoad } from '@/composables/useLoad'
import { appendPage, locateDeal, placeDeal } from './board'
import type { useDealMove } from './useDealMove'

export const BOARD_PAGE_SIZE = 20

interface ColumnLoad {
  loading: boolean
  error: string | null
}

/**
 * The pipeline board: its columns, "load more" per column, and moving cards between columns
 * through the shared optimistic move (`mover`), so counts and totals follow at once.
 */
export function useBoard(mover: ReturnType<typeof useDealMove>, api = { getBoard, listDeals }) {
  let params: BoardParams = {}
  const loader = useLoad((signal, wanted: BoardParams) =>
    api.getBoard({ ...wanted, limit: BOARD_PAGE_SIZE }, signal),
  )
  const { data: board, loading, error } = loader
  const more = ref<Record<string, ColumnLoad>>({})

  const columns = (): BoardColumn[] => board.value?.columns ?? []
  function setColumns(next: BoardColumn[]): void {
    if (board.value) board.value = { ...board.value, columns: next }
  }

  async function load(wanted: BoardParams = params): Promise<void> {
    params = wanted
    await loader.load(wanted)
    more.value = {}
  }

  async function loadMore(stageId: string): Promise<void> {
    const column = columns().find((candidate) => candidate.stage.id === stageId)
    if (!board.value || !column?.nextCursor || more.value[stageId]?.loading) return
    more.value = { ...more.value, [stageId]: { loading: true, error: null } }
    let state: ColumnLoad = { loading: false, error: null }
    try {
      const page = await api.listDeals({
        pipelineId: board.value.pipeline.id,
        stageId,
        ownerId: params.ownerId,
        closedAfter: board.value.closedAfter,
        limit: BOARD_PAGE_SIZE,
        cursor: column.nextCursor,
      })
      setColumns(appendPage(columns(), stageId, page))
    } catch (failure) {
      state = { loading: false, error: parseProblem(failure).detail }
    }
    more.value = { ...more.value, [stageId]: state }
  }

  /** Moves a card to another column (at `index`), as a drop or the "Move to stage" menu asks. */
  async function move(dealId: string, stageId: string, index = 0): Promise<void> {
    const from = locateDeal(columns(), dealId)
    const stage = columns().find((column) => column.stage.id === stageId)?.stage
    if (!from || !stage) return
    await mover.move(from.deal, stage, {
      apply: () =>
        setColumns(placeDeal(columns(), { ...from.deal, stageId, rotting: false }, stageId, index)),
      undo: (problem) => {
        setColumns(placeDeal(columns(), from.deal, from.stageId, from.index))
        // Someone else changed the deal: show what is saved now.
        if (problem?.status === 409) void load()
      },
      done: (saved) => {
        const now = locateDeal(columns(), saved.id)
        setColumns(placeDeal(columns(), saved, saved.stageId, now?.index ?? 0))
      },
    })
  }

  return { board, loading, error, more, load, loadMore, move }
}
