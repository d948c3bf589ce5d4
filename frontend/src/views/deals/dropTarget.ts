import type { SortableEvent } from 'sortablejs'

/**
 * The stage (`data-stage-id`) a held card was let go on, or null when not on the drop target its
 * placeholder is in: the placeholder stays in the last target that took it, also when the pointer
 * then goes on to a forbidden one, and letting go there must not move the card.
 */
export function landedIn(event: SortableEvent): string | null {
  const release = (event as SortableEvent & { originalEvent?: MouseEvent | TouchEvent })
    .originalEvent
  const point = release && 'changedTouches' in release ? release.changedTouches[0] : release
  const target = event.to.closest<HTMLElement>('[data-stage-id]')
  if (!point || !target) return null
  const under = document.elementFromPoint(point.clientX, point.clientY)
  return under && target.contains(under) ? (target.dataset.stageId ?? null) : null
}
