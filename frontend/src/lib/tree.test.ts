import { describe, expect, it } from 'vitest'
import { treeKeyAction, visibleItems, type TreeNode } from './tree'

// Group → (Europe → (Berlin), Americas [not loaded]), with Europe open.
function group(): Map<string, TreeNode> {
  return new Map<string, TreeNode>([
    ['group', { id: 'group', children: ['europe', 'americas'], expanded: true }],
    ['europe', { id: 'europe', children: ['berlin'], expanded: true }],
    ['berlin', { id: 'berlin', children: [], expanded: false }],
    ['americas', { id: 'americas', children: null, expanded: false }],
  ])
}

describe('company tree', () => {
  it('lists the visible items with level, position and whether they open', () => {
    expect(visibleItems(group(), 'group')).toEqual([
      {
        id: 'group',
        parentId: null,
        level: 1,
        position: 1,
        setSize: 1,
        expandable: true,
        expanded: true,
      },
      {
        id: 'europe',
        parentId: 'group',
        level: 2,
        position: 1,
        setSize: 2,
        expandable: true,
        expanded: true,
      },
      {
        id: 'berlin',
        parentId: 'europe',
        level: 3,
        position: 1,
        setSize: 1,
        expandable: false,
        expanded: false,
      },
      {
        id: 'americas',
        parentId: 'group',
        level: 2,
        position: 2,
        setSize: 2,
        expandable: true,
        expanded: false,
      },
    ])
  })

  it('hides the children of a closed item', () => {
    const nodes = group()
    nodes.get('europe')!.expanded = false
    expect(visibleItems(nodes, 'group').map((item) => item.id)).toEqual([
      'group',
      'europe',
      'americas',
    ])
  })

  const items = visibleItems(group(), 'group')

  it.each([
    ['group', 'ArrowDown', { type: 'focus', id: 'europe' }],
    ['berlin', 'ArrowDown', { type: 'focus', id: 'americas' }],
    ['americas', 'ArrowDown', null],
    ['americas', 'ArrowUp', { type: 'focus', id: 'berlin' }],
    ['group', 'ArrowUp', null],
    ['americas', 'ArrowRight', { type: 'expand', id: 'americas' }],
    ['europe', 'ArrowRight', { type: 'focus', id: 'berlin' }],
    ['berlin', 'ArrowRight', null],
    ['europe', 'ArrowLeft', { type: 'collapse', id: 'europe' }],
    ['berlin', 'ArrowLeft', { type: 'focus', id: 'europe' }],
    ['group', 'Home', { type: 'focus', id: 'group' }],
    ['europe', 'End', { type: 'focus', id: 'americas' }],
    ['berlin', 'Enter', { type: 'open', id: 'berlin' }],
    ['berlin', 'a', null],
  ] as const)('on %s, %s does %j', (focused, key, action) => {
    expect(treeKeyAction(items, focused, key)).toEqual(action)
  })
})
