import { ROLES, type Role } from '@/api/types'
import { roleLabel } from '@/lib/format'

export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = ROLES.map((role) => ({
  value: role,
  label: roleLabel(role),
}))
