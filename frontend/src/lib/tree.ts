/**
 * A lazily loaded tree (company groups) and its keyboard behaviour, as in the WAI-ARIA tree view
 * pattern: ↓/↑ move through the visible items, → opens a closed item or goes to its first child,
 * ← closes an open item or goes to its parent, Home/End go to the first/last item, Enter opens.
 */

export interface TreeNode {
  id: string
  /** Child ids in order; null while not loaded (the node may have children). */
  children: string[] | null
  expanded: boolean
}

export interface VisibleItem {
  id: string
  parentId: string | null
  level: number
  position: number
  setSize: number
  /** Has or may have children (then it carries aria-expanded). */
  expandable: boolean
  expanded: boolean
}

/** The items a reader sees, in order: open nodes show their children below them. */
export function visibleItems(nodes: ReadonlyMap<string, TreeNode>, rootId: string): VisibleItem[] {
  const result: VisibleItem[] = []
  function visit(
    id: string,
    parentId: string | null,
    level: number,
    position: number,
    setSize: number,
  ) {
    const node = nodes.get(id)
    if (!node) return
    const expandable = node.children === null || node.children.length > 0
    result.push({
      id,
      parentId,
      level,
      position,
      setSize,
      expandable,
      expanded: expandable && node.expanded,
    })
    if (node.expanded && node.children) {
      node.children.forEach((child, index) =>
        visit(child, id, level + 1, index + 1, node.children!.length),
      )
    }
  }
  visit(rootId, null, 1, 1, 1)
  return result
}

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'open'; id: string }
  | null

/** What a key press on the focused item does; null for keys the tree leaves alone. */
export function treeKeyAction(
  items: readonly VisibleItem[],
  focusedId: string,
  key: string,
): TreeAction {
  const index = items.findIndex((item) => item.id === focusedId)
  const item = items[index]
  if (!item) return null
  switch (key) {
    case 'ArrowDown': {
      const next = items[index + 1]
      return next ? { type: 'focus', id: next.id } : null
    }
    case 'ArrowUp': {
      const previous = items[index - 1]
      return previous ? { type: 'focus', id: previous.id } : null
    }
    case 'ArrowRight': {
      if (item.expandable && !item.expanded) return { type: 'expand', id: item.id }
      const child = items[index + 1]
      return item.expanded && child?.parentId === item.id ? { type: 'focus', id: child.id } : null
    }
    case 'ArrowLeft':
      if (item.expanded) return { type: 'collapse', id: item.id }
      return item.parentId ? { type: 'focus', id: item.parentId } : null
    case 'Home':
      return { type: 'focus', id: items[0]!.id }
    case 'End':
      return { type: 'focus', id: items[items.length - 1]!.id }
    case 'Enter':
      return { type: 'open', id: item.id }
    default:
      return null
  }
}
