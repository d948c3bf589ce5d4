import { http } from './http'
import type {
  AcceptInvitationRequest,
  InvitationPreview,
  LoginRequest,
  Profile,
  TokenResponse,
} from './types'

const tenantHeader = (tenant: string) => ({ 'X-Tenant': tenant })

export async function login(request: LoginRequest): Promise<TokenResponse> {
  const { data } = await http.post<TokenResponse>('/api/auth/login', request, {
    anonymous: true,
    headers: tenantHeader(request.tenant),
  })
  return data
}

/** Revokes the refresh token on the server; the caller clears the local session either way. */
export async function logout(refreshToken: string): Promise<void> {
  await http.post('/api/auth/logout', { refreshToken }, { noRefresh: true })
}

export async function getProfile(): Promise<Profile> {
  const { data } = await http.get<Profile>('/api/auth/profile')
  return data
}

export async function getInvitationPreview(
  tenant: string,
  token: string,
): Promise<InvitationPreview> {
  const { data } = await http.get<InvitationPreview>(
    `/api/auth/invitations/${encodeURIComponent(token)}`,
    { anonymous: true, params: { tenant }, headers: tenantHeader(tenant) },
  )
  return data
}

export async function acceptInvitation(request: AcceptInvitationRequest): Promise<TokenResponse> {
  const { data } = await http.post<TokenResponse>('/api/auth/register', request, {
    anonymous: true,
    headers: tenantHeader(request.tenant),
  })
  return data
}

/** Asks for a password reset link; the answer is the same whether or not the address is a member's. */
export async function forgotPassword(request: { tenant: string; email: string }): Promise<string> {
  const { data } = await http.post<{ message: string }>('/api/auth/password/forgot', request, {
    anonymous: true,
    headers: tenantHeader(request.tenant),
  })
  return data.message
}

/**
 * Emails a sign-in link for each organization the address belongs to; the answer is the same whether
 * or not it belongs to any.
 */
export async function findOrganizations(email: string): Promise<string> {
  const { data } = await http.post<{ message: string }>(
    '/api/auth/organizations/find',
    { email },
    { anonymous: true },
  )
  return data.message
}

/** Sets a new password with the emailed link's token; every session of the member ends. */
export async function resetPassword(request: {
  tenant: string
  token: string
  password: string
}): Promise<void> {
  await http.post('/api/auth/password/reset', request, {
    anonymous: true,
    headers: tenantHeader(request.tenant),
  })
}

/** Confirms a member's address with the emailed link's token (`?tenant=&token=`); the link works once. */
export async function confirmEmail(request: { tenant: string; token: string }): Promise<void> {
  await http.post('/api/auth/email/confirm', request, {
    anonymous: true,
    headers: tenantHeader(request.tenant),
  })
}

/** Emails the signed-in member a new confirmation link; answers with a sentence that says where to. */
export async function requestEmailConfirmation(): Promise<string> {
  const { data } = await http.post<{ message: string }>('/api/auth/email/confirmation')
  return data.message
}
