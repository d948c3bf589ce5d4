import type { APIRequestContext, Page } from '@playwright/test'
import { PASSWORD, uniqueRun } from './people'

/** An organization registered through the API, and its admin's tokens. */
export interface Organization {
  subdomain: string
  name: string
  adminName: string
  adminEmail: string
  accessToken: string
  refreshToken: string
}

export async function registerOrganization(request: APIRequestContext): Promise<Organization> {
  const run = uniqueRun()
  const adminEmail = `ada@${run.subdomain}.example.com`
  const response = await request.post('/api/tenants/register', {
    data: {
      organizationName: run.organizationName,
      subdomain: run.subdomain,
      adminEmail,
      adminPassword: PASSWORD,
      adminFullName: 'Ada Admin',
    },
  })
  if (!response.ok()) throw new Error(`register: ${response.status()} ${await response.text()}`)
  const body = (await response.json()) as { accessToken: string; refreshToken: string }
  return {
    subdomain: run.subdomain,
    name: run.organizationName,
    adminName: 'Ada Admin',
    adminEmail,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
  }
}

/** Signs the browser in as the organization's admin, as if they had signed in before. */
export async function signInAs(page: Page, organization: Organization): Promise<void> {
  await page.addInitScript(
    (session) => {
      if (!localStorage.getItem('crm.session')) {
        localStorage.setItem('crm.session', JSON.stringify(session))
      }
    },
    {
      accessToken: organization.accessToken,
      refreshToken: organization.refreshToken,
      tenant: organization.subdomain,
    },
  )
}

function auth(organization: Organization): Record<string, string> {
  return {
    Authorization: `Bearer ${organization.accessToken}`,
    'X-Tenant': organization.subdomain,
  }
}

/** Deletes a record through the API, as another member working at the same time would. */
export async function remove(
  request: APIRequestContext,
  organization: Organization,
  path: string,
): Promise<void> {
  const response = await request.delete(path, { headers: auth(organization) })
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
}

/** Creates a record through the API (seeding), failing the test with the server's answer. */
export async function seed<T>(
  request: APIRequestContext,
  organization: Organization,
  path: string,
  data: unknown,
): Promise<T> {
  const response = await request.post(path, {
    data,
    headers: auth(organization),
  })
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
  return (await response.json()) as T
}

/** Replaces a resource through the API (PUT), as an admin changing settings would. */
export async function replace<T>(
  request: APIRequestContext,
  organization: Organization,
  path: string,
  data: unknown,
): Promise<T> {
  const response = await request.put(path, { data, headers: auth(organization) })
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
  return (await response.json()) as T
}

/** Reads a resource through the API as the organization's admin. */
export async function read<T>(
  request: APIRequestContext,
  organization: Organization,
  path: string,
): Promise<T> {
  const response = await request.get(path, { headers: auth(organization) })
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
  return (await response.json()) as T
}

export interface SeededPipeline {
  id: string
  name: string
  isDefault: boolean
  stages: { id: string; name: string }[]
}

/**
 * The organization's default pipeline. The deal-service creates it when it hears of the new
 * organization (asynchronously, after registration), so this asks until it is there.
 */
export async function defaultPipeline(
  request: APIRequestContext,
  organization: Organization,
  timeoutMs = 30_000,
): Promise<SeededPipeline> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const response = await request.get('/api/pipelines', { headers: auth(organization) })
    if (response.ok()) {
      const { items } = (await response.json()) as { items: SeededPipeline[] }
      const pipeline = items.find((candidate) => candidate.isDefault) ?? items[0]
      if (pipeline && pipeline.stages.length > 0) return pipeline
    }
    if (Date.now() > deadline) {
      throw new Error(`no default pipeline after ${timeoutMs} ms: ${response.status()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * A member with `role` in the organization, through the API as it happens in the app: the admin
 * invites them and they accept with the invitation's token. Returns their tokens for `signInAs`.
 */
export async function addMember(
  request: APIRequestContext,
  organization: Organization,
  role: 'ADMIN' | 'MANAGER' | 'SALES_REP' | 'VIEWER',
  fullName: string,
): Promise<Organization> {
  const email = `${role.toLowerCase()}-${Date.now().toString(36)}@${organization.subdomain}.example.com`
  const invitation = await seed<{ acceptUrl: string }>(
    request,
    organization,
    '/api/tenants/invitations',
    {
      email,
      role,
    },
  )
  const token = new URL(invitation.acceptUrl).searchParams.get('token')
  const response = await request.post('/api/auth/register', {
    data: { tenant: organization.subdomain, token, fullName, password: PASSWORD },
    headers: { 'X-Tenant': organization.subdomain },
  })
  if (!response.ok()) throw new Error(`register: ${response.status()} ${await response.text()}`)
  const tokens = (await response.json()) as { accessToken: string; refreshToken: string }
  return { ...organization, adminName: fullName, adminEmail: email, ...tokens }
}
