import type { Activity } from '@/api/activityRecords'

/** A row of a timeline: an entry people logged, or the system entries between two of them. */
export type TimelineRow =
  | { key: string; activity: Activity; system?: undefined }
  | { key: string; system: Activity[]; activity?: undefined }

/**
 * The timeline's entries in order, with each run of consecutive system entries (what the platform
 * recorded: "Contact created", "Moved from Lead to Qualified") as one row, so that they do not
 * bury calls and meetings. A run is named by its newest entry, so it keeps its key (and whether it
 * is open) while older pages add to it.
 */
export function timelineRows(items: readonly Activity[]): TimelineRow[] {
  const rows: TimelineRow[] = []
  for (const activity of items) {
    const last = rows[rows.length - 1]
    if (activity.kind !== 'SYSTEM') rows.push({ key: activity.id, activity })
    else if (last?.system) last.system.push(activity)
    else rows.push({ key: `system-${activity.id}`, system: [activity] })
  }
  return rows
}

/** A run of system entries in a few words: "Deal created, Moved from Lead to Qualified and 2 more". */
export function systemSummary(entries: readonly Activity[], shown = 2): string {
  const subjects = [...new Set(entries.map((entry) => entry.subject?.trim() || 'Update'))]
  const named = subjects.slice(0, shown).join(', ')
  const rest = subjects.length - shown
  return rest > 0 ? `${named} and ${rest} more` : named
}
