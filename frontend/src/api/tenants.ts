import { http } from './http'
import { MERGE_PATCH, pageQuery } from './http-params'
import type {
  CreateInvitationRequest,
  CreatedInvitation,
  Invitation,
  Member,
  Page,
  PageParams,
  RegisterOrganizationRequest,
  RegisterOrganizationResponse,
  Role,
  Tenant,
  TenantUpdate,
} from './types'

export async function registerOrganization(
  request: RegisterOrganizationRequest,
): Promise<RegisterOrganizationResponse> {
  const { data } = await http.post<RegisterOrganizationResponse>('/api/tenants/register', request, {
    anonymous: true,
  })
  return data
}

export async function getCurrentTenant(): Promise<Tenant> {
  const { data } = await http.get<Tenant>('/api/tenants/current')
  return data
}

export async function updateCurrentTenant(update: TenantUpdate): Promise<Tenant> {
  const { data } = await http.patch<Tenant>('/api/tenants/current', update, {
    headers: MERGE_PATCH,
  })
  return data
}

export async function listMembers(params: PageParams = {}): Promise<Page<Member>> {
  const { data } = await http.get<Page<Member>>('/api/tenants/users', {
    params: pageQuery(params),
  })
  return data
}

export async function changeMemberRole(id: string, role: Role): Promise<Member> {
  const { data } = await http.patch<Member>(
    `/api/tenants/users/${encodeURIComponent(id)}`,
    { role },
    { headers: MERGE_PATCH },
  )
  return data
}

export async function removeMember(id: string): Promise<void> {
  await http.delete(`/api/tenants/users/${encodeURIComponent(id)}`)
}

export async function listInvitations(params: PageParams = {}): Promise<Page<Invitation>> {
  const { data } = await http.get<Page<Invitation>>('/api/tenants/invitations', {
    params: pageQuery(params),
  })
  return data
}

export async function createInvitation(
  request: CreateInvitationRequest,
): Promise<CreatedInvitation> {
  const { data } = await http.post<CreatedInvitation>('/api/tenants/invitations', request)
  return data
}

export async function revokeInvitation(id: string): Promise<void> {
  await http.delete(`/api/tenants/invitations/${encodeURIComponent(id)}`)
}
