import type {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  LoginRequest,
  RegisterOrganizationRequest,
} from '@/api/types'
import { ROLES } from '@/api/types'

/** Messages by field name; a field without an entry is valid. */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>

export const RESERVED_SUBDOMAINS: readonly string[] = ['www', 'api', 'admin', 'app']
export const SUBDOMAIN_MIN = 3
export const SUBDOMAIN_MAX = 40
export const PASSWORD_MIN = 10
export const ORGANIZATION_NAME_MAX = 100

const SUBDOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function normalizeSubdomain(value: string): string {
  return value.trim().toLowerCase()
}

export function subdomainError(value: string): string | undefined {
  const subdomain = normalizeSubdomain(value)
  if (subdomain === '') return 'Choose a subdomain.'
  if (subdomain.length < SUBDOMAIN_MIN || subdomain.length > SUBDOMAIN_MAX) {
    return `Use ${SUBDOMAIN_MIN} to ${SUBDOMAIN_MAX} characters.`
  }
  if (!SUBDOMAIN_PATTERN.test(subdomain)) {
    return 'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.'
  }
  if (RESERVED_SUBDOMAINS.includes(subdomain)) {
    return `"${subdomain}" is reserved. Choose another subdomain.`
  }
  return undefined
}

export function emailError(value: string): string | undefined {
  const email = value.trim()
  if (email === '') return 'Enter an email address.'
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    return 'Enter a valid email address, like name@example.com.'
  }
  return undefined
}

/** For new passwords; sign-in only asks that one is entered. */
export function newPasswordError(value: string): string | undefined {
  if (value === '') return 'Enter a password.'
  if (value.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`
  return undefined
}

export function fullNameError(value: string): string | undefined {
  return value.trim() === '' ? 'Enter your full name.' : undefined
}

export function organizationNameError(value: string): string | undefined {
  const name = value.trim()
  if (name === '') return "Enter the organization's name."
  if (name.length > ORGANIZATION_NAME_MAX) return `Use at most ${ORGANIZATION_NAME_MAX} characters.`
  return undefined
}

export const TRASH_RETENTION_MAX_DAYS = 3650

/** Days deleted records stay in the trash: a whole number from 1 to 3650, as the server checks. */
export function trashRetentionError(value: string): string | undefined {
  const days = value.trim()
  if (!/^\d+$/.test(days)) return 'Enter a number of days.'
  const n = Number(days)
  if (n < 1 || n > TRASH_RETENTION_MAX_DAYS) return `Use 1 to ${TRASH_RETENTION_MAX_DAYS} days.`
  return undefined
}

function collect<K extends string>(checks: Record<K, string | undefined>): FieldErrors<K> {
  const errors: FieldErrors<K> = {}
  for (const field of Object.keys(checks) as K[]) {
    const message = checks[field]
    if (message) errors[field] = message
  }
  return errors
}

export function validateRegistration(
  values: RegisterOrganizationRequest,
): FieldErrors<keyof RegisterOrganizationRequest> {
  return collect({
    organizationName: organizationNameError(values.organizationName),
    subdomain: subdomainError(values.subdomain),
    adminFullName: fullNameError(values.adminFullName),
    adminEmail: emailError(values.adminEmail),
    adminPassword: newPasswordError(values.adminPassword),
  })
}

export function validateSignIn(values: LoginRequest): FieldErrors<keyof LoginRequest> {
  return collect({
    tenant: normalizeSubdomain(values.tenant) === '' ? 'Enter your organization.' : undefined,
    email: emailError(values.email),
    password: values.password === '' ? 'Enter your password.' : undefined,
  })
}

export function validateAcceptInvitation(
  values: Pick<AcceptInvitationRequest, 'fullName' | 'password'>,
): FieldErrors<'fullName' | 'password'> {
  return collect({
    fullName: fullNameError(values.fullName),
    password: newPasswordError(values.password),
  })
}

export function validateInvitation(
  values: CreateInvitationRequest,
): FieldErrors<keyof CreateInvitationRequest> {
  return collect({
    email: emailError(values.email),
    role: ROLES.includes(values.role) ? undefined : 'Choose a role.',
  })
}

export function validateForgotPassword(values: {
  tenant: string
  email: string
}): FieldErrors<'tenant' | 'email'> {
  return collect({
    tenant: normalizeSubdomain(values.tenant) === '' ? 'Enter your organization.' : undefined,
    email: emailError(values.email),
  })
}

export function validateFindOrganization(values: { email: string }): FieldErrors<'email'> {
  return collect({ email: emailError(values.email) })
}

/** A new password typed twice: long enough, and the same both times. */
export function validateNewPassword(values: {
  password: string
  confirmation: string
}): FieldErrors<'password' | 'confirmation'> {
  return collect({
    password: newPasswordError(values.password),
    confirmation:
      values.confirmation === ''
        ? 'Enter the password again.'
        : values.confirmation !== values.password
          ? 'The two passwords are not the same.'
          : undefined,
  })
}

/** A subdomain derived from an organization name, offered until the user types their own. */
export function suggestSubdomain(organizationName: string): string {
  return organizationName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SUBDOMAIN_MAX)
    .replace(/-+$/, '')
}
