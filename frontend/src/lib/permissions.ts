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

/** Sales reps create records for themselves and cannot hand them over. */
export function canChooseOwner(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN' || profile?.role === 'MANAGER'
}

/** Pipelines and their stages are set up by admins; everyone else reads them. */
export function canManagePipelines(profile: Profile | null): boolean {
  return profile?.role === 'ADMIN'
}
