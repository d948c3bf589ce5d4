import { ref } from 'vue'
import type { BoardColumn, Deal, Stage } from '@/api/dealRecords'
import { locateDeal } from './board'
import { dropState, holdAnnouncement, type DropState } from './stageRules'

/**
 * The card being dragged on the board: what each column is to it while it is held (so columns
 * show whether they take it, and refuse it if not), and what a screen reader hears about it.
 */
export function useHeldCard(columns: () => readonly BoardColumn[]) {
  const held = ref<{ deal: Deal; from: Stage } | null>(null)
  const announcement = ref('')

  function hold(dealId: string): void {
    const place = locateDeal(columns(), dealId)
    const from = columns().find((column) => column.stage.id === place?.stageId)?.stage
    if (!place || !from) return
    held.value = { deal: place.deal, from }
    const stages = columns().map((column) => column.stage)
    announcement.value = holdAnnouncement(place.deal.name, from, stages)
  }

  /** `moved`: the card was dropped on another column (the move itself speaks for itself). */
  function release(moved: boolean): void {
    const card = held.value
    held.value = null
    announcement.value = card && !moved ? `${card.deal.name} stays in ${card.from.name}.` : ''
  }

  function stateOf(stage: Stage): DropState | null {
    return held.value ? dropState(held.value.from, stage) : null
  }

  return { held, announcement, hold, release, stateOf }
}
