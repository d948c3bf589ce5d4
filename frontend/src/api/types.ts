// Shapes of the HTTP API as the gateway serves it (JSON, camelCase). See docs of the
// auth- and tenant-service; keep these in step with their response records.

export type Role = 'ADMIN' | 'MANAGER' | 'SALES_REP' | 'VIEWER'
export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'SALES_REP', 'VIEWER']

export type TenantStatus = 'PROVISIONING' | 'ACTIVE' | 'SUSPENDED' | 'FAILED' | (string & {})
export type UserStatus = 'ACTIVE' | 'DISABLED' | (string & {})
export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED'

/** A keyset-paginated list: pass `nextCursor` back as `cursor` for the next page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface PageParams {
  limit?: number
  cursor?: string | null
}

export interface TokenResponse {
  accessToken: string
  refreshToken: string
  expiresIn: number
  tokenType?: 'Bearer'
}

export interface LoginRequest {
  tenant: string
  email: string
  password: string
}

export interface AcceptInvitationRequest {
  tenant: string
  token: string
  fullName: string
  password: string
}

export interface InvitationPreview {
  email: string
  role: Role
  organizationName: string
  expiresAt: string
}

export interface TenantSummary {
  id: string
  subdomain: string
  name: string
}

export interface Profile {
  id: string
  email: string
  fullName: string
  role: Role
  tenant: TenantSummary
  /** Whether the member opened the link emailed to their address (see `confirmEmail`). */
  emailConfirmed: boolean
}

export interface RegisterOrganizationRequest {
  organizationName: string
  subdomain: string
  adminEmail: string
  adminPassword: string
  adminFullName: string
}

export interface RegisterOrganizationResponse extends TokenResponse {
  tenant: TenantSummary & { status: TenantStatus }
}

export interface Tenant {
  id: string
  subdomain: string
  name: string
  status: TenantStatus
  plan: string
  createdAt: string
  trashRetentionDays: number
  /** The roles that may export every contact as CSV; always holds ADMIN. */
  exportRoles: Role[]
}

export interface TenantUpdate {
  name?: string
  trashRetentionDays?: number
  exportRoles?: Role[]
}

export interface Member {
  id: string
  email: string
  fullName: string
  role: Role
  status: UserStatus
  createdAt: string
}

export interface Invitation {
  id: string
  email: string
  role: Role
  status: InvitationStatus
  createdAt: string
  expiresAt: string
}

export interface CreateInvitationRequest {
  email: string
  role: Role
}

/** Only the response to creating an invitation carries the link: the token is not kept readable. */
export interface CreatedInvitation extends Invitation {
  acceptUrl: string
  /** Whether the invitation email went out; the link is shown either way. */
  emailSent: boolean
}

/** RFC 9457 problem details as the services send them. */
export interface ProblemDocument {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: { field: string; message: string }[]
}
