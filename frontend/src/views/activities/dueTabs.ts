import type { TaskDue } from '@/api/activityRecords'
import type { IconName } from '@/components/ui/icons'

/** A tab of My tasks: the `due` parameter of the URL and the API, '' for every open task. */
export type DueTab = TaskDue | ''

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

/** The tab a URL's `due` names; anything else is every open task. */
export function dueOf(param: string): DueTab {
  return param === 'OVERDUE' || param === 'TODAY' ? param : ''
}
