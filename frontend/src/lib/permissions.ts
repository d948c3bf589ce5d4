import type { Profile } from '@/api/types'

/**
 * What the signed-in member may do with a record, as the server's RecordOwnership decides it:
 * admins and managers change everything, sales reps only what they own, viewers nothing.
 * The UI only hides what would be refused; the server enforces it.
 */
export function canCreateRecords(profile: Profile | null): boolean {
  return profile !== null && profile.role !== 'VIEWER'
}

export function canChangeRecord(
  profile: Profile | null,
  record: { ownerId: string | null } | null,
): boolean {
  if (!profile || !record) return false
  switch (profile.role) {
    case 'ADMIN':
    case 'MANAGER':
      return true
    case 'SALES_REP':
      return record.ownerId === profile.id
    default:
      return false
  }
}

/**
 * Who may change (edit, complete, delete) an activity: as a record by its owner, and besides a
 * task by its assignee, who works it. What the platform recorded is history, changed by nobody;
 * but its tasks are worked as any.
 */
export function canChangeActivity(
  profile: Profile | null,
  activity: {
    type: string
    ownerId: string | null
    assigneeId: string | null
    source: string | null
    emailId?: string | null
  } | null,
): boolean {
  if (!profile || !activity) return false
  // history: what the platform recorded (its tasks are worked as any) and emails as they were sent
  if (activity.source && activity.type !== 'TASK') return false
  if (activity.emailId) return false
  if (profile.role === 'SALES_REP' && activity.assigneeId === profile.id) return true
  return canChangeRecord(profile, activity)
}

/** Admins and managers hand out the tasks nobody is assigned to (the server refuses others). */
export function canSeeUnassignedTasks(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN' || profile?.role === 'MANAGER'
}

/** Sales reps create records for themselves and cannot hand them over. */
export function canChooseOwner(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN' || profile?.role === 'MANAGER'
}

/** Pipelines and their stages are set up by admins; everyone else reads them. */
export function canManagePipelines(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN'
}

/** Email templates are written by admins and managers; everyone else reads them. */
export function canEditTemplates(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN' || profile?.role === 'MANAGER'
}

/** The organization's email settings (sender, tracking, follow-up) and inbound address: admins. */
export function canEditEmailSettings(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN'
}

/** Admins and managers put an address on the suppression list; only admins take one off. */
export function canAddSuppression(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN' || profile?.role === 'MANAGER'
}

export function canRemoveSuppression(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN'
}
