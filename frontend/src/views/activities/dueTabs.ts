import type { TaskDue } from '@/api/activityRecords'
import type { IconName } from '@/components/ui/icons'

/**
 * A tab of My tasks: the `due` parameter of the URL and the API ('' for every open task), or the
 * open tasks nobody is assigned to (admins and managers; `?assignee=none` in the URL).
 */
export type DueTab = TaskDue | '' | 'UNASSIGNED'

export interface DueTabSpec {
  value: DueTab
  label: string
  empty: { icon: IconName; title: string; description: string }
}

export const DUE_TABS: readonly DueTabSpec[] = [
  {
    value: 'OVERDUE',
    label: 'Overdue',
    empty: {
      icon: 'success',
      title: 'Nothing overdue',
      description: 'Every task of yours with a due time is still on schedule.',
    },
  },
  {
    value: 'TODAY',
    label: 'Due today',
    empty: {
      icon: 'clock',
      title: 'Nothing due today',
      description: 'Tasks due on other days are under All open.',
    },
  },
  {
    value: '',
    label: 'All open',
    empty: {
      icon: 'task',
      title: 'No open tasks',
      description:
        'Tasks assigned to you show up here. Add them from the activity of a contact, a company or a deal.',
    },
  },
]

export const UNASSIGNED_TAB: DueTabSpec = {
  value: 'UNASSIGNED',
  label: 'Unassigned',
  empty: {
    icon: 'success',
    title: 'Every task has someone',
    description: 'Open tasks nobody is assigned to show up here for managers to hand out.',
  },
}

/** The tab a URL names: `assignee=none` (where the member may see it), else its `due`. */
export function tabOf(query: { due: string; assignee: string }, mayHandOut: boolean): DueTab {
  if (query.assignee === 'none' && mayHandOut) return 'UNASSIGNED'
  return query.due === 'OVERDUE' || query.due === 'TODAY' ? query.due : ''
}

/** The URL query of a tab, under the API's own parameter names. */
export function queryOf(tab: DueTab): { due?: string; assignee?: string } {
  if (tab === 'UNASSIGNED') return { assignee: 'none' }
  return tab ? { due: tab } : {}
}
