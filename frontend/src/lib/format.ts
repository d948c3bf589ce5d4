import type { InvitationStatus, Role } from '@/api/types'

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  MANAGER: 'Manager',
  SALES_REP: 'Sales rep',
  VIEWER: 'Viewer',
}

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: 'Everything, including members and settings',
  MANAGER: 'All records and every rep’s analytics',
  SALES_REP: 'Reads all records, changes their own',
  VIEWER: 'Read only',
}

const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
}

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role
}

export function roleDescription(role: Role): string {
  return ROLE_DESCRIPTIONS[role] ?? ''
}

export function invitationStatusLabel(status: InvitationStatus): string {
  return INVITATION_STATUS_LABELS[status] ?? status
}

/** "ACTIVE" -> "Active" for statuses the UI has no special wording for. */
export function humanize(value: string): string {
  const text = value.replace(/_/g, ' ').toLowerCase()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  const first = parts[0]?.charAt(0) ?? ''
  const last = parts.length > 1 ? (parts[parts.length - 1]?.charAt(0) ?? '') : ''
  return (first + last).toUpperCase() || '?'
}

/** How a contact is named in lists and headings. */
export function contactName(contact: {
  firstName: string | null
  lastName: string | null
  email: string | null
}): string {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ')
  return name || contact.email || 'Unnamed contact'
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
})

export function formatDateTime(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat.format(date)
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}

/** A calendar day (YYYY-MM-DD) as it reads, whatever the time zone: "Dec 15, 2026". */
export function formatDay(day: string | null): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null
  if (!match) return ''
  return dateFormat.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })

/** A month (YYYY-MM) as it reads: "Dec 2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return month
  return monthFormat.format(new Date(Number(match[1]), Number(match[2]) - 1, 1))
}

const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 1,
})

/** A rate from 0 to 1 as a percentage; a dash when there is none. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : percentFormat.format(rate)
}

/** Days with at most one decimal: "3.5 days"; a dash when there are none. */
export function formatDays(days: number | null): string {
  if (days === null) return '—'
  const rounded = Math.round(days * 10) / 10
  return `${rounded.toLocaleString()} ${rounded === 1 ? 'day' : 'days'}`
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

const RELATIVE_STEPS: [limit: number, unit: Intl.RelativeTimeFormatUnit, seconds: number][] = [
  [45 * 60, 'minute', 60],
  [22 * 3600, 'hour', 3600],
  [26 * 86400, 'day', 86400],
  [320 * 86400, 'month', 30 * 86400],
  [Infinity, 'year', 365 * 86400],
]

/** How long ago (or how far ahead) a time is, as people say it: "5 minutes ago", "tomorrow". */
export function formatRelative(iso: string | null, now: number = Date.now()): string {
  const time = iso ? Date.parse(iso) : NaN
  if (Number.isNaN(time)) return ''
  const seconds = (time - now) / 1000
  if (Math.abs(seconds) < 45) return 'just now'
  for (const [limit, unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) < limit) return relativeFormat.format(Math.round(seconds / size), unit)
  }
  return ''
}
