import { expect, test, type APIRequestContext } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { PASSWORD } from './support/people'
import { screenshot } from './support/screenshots'

// Exporting hands over the whole customer book: admins decide which roles may, and a viewer sees the
// Export button only once they are allowed.

let org: Organization
let viewer: Organization

/** A viewer invited and joined through the API; the same shape as an organization's admin session. */
async function joinAsViewer(request: APIRequestContext): Promise<Organization> {
  const email = `vera@${org.subdomain}.example.com`
  const invitation = await seed<{ acceptUrl: string }>(request, org, '/api/tenants/invitations', {
    email,
    role: 'VIEWER',
  })
  const token = new URL(invitation.acceptUrl).searchParams.get('token')
  const joined = await request.post('/api/auth/register', {
    data: { tenant: org.subdomain, token, fullName: 'Vera Viewer', password: PASSWORD },
  })
  if (!joined.ok()) throw new Error(`join: ${joined.status()} ${await joined.text()}`)
  const tokens = (await joined.json()) as { accessToken: string; refreshToken: string }
  return { ...org, adminName: 'Vera Viewer', adminEmail: email, ...tokens }
}

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  await seed(request, org, '/api/contacts', { firstName: 'Grace', lastName: 'Hopper' })
  viewer = await joinAsViewer(request)
})

test('a viewer may export only once an admin allows it', async ({ browser }) => {
  const viewerContext = await browser.newContext()
  const adminContext = await browser.newContext()
  const viewerPage = await viewerContext.newPage()
  await signInAs(viewerPage, viewer)
  await viewerPage.goto('/contacts')
  await expect(viewerPage.getByRole('link', { name: 'Grace Hopper' })).toBeVisible()
  await expect(viewerPage.getByRole('button', { name: 'Export' })).toHaveCount(0)

  const adminPage = await adminContext.newPage()
  await signInAs(adminPage, org)
  await adminPage.goto('/settings/organization')
  const exports = adminPage.getByRole('group', { name: 'Who may export contacts' })
  await expect(exports.getByRole('checkbox', { name: 'Admin' })).toBeChecked()
  await expect(exports.getByRole('checkbox', { name: 'Admin' })).toBeDisabled()
  await expect(exports.getByRole('checkbox', { name: 'Manager' })).toBeChecked()
  await exports.getByRole('checkbox', { name: 'Viewer' }).click()
  await adminPage.getByRole('button', { name: 'Save' }).last().click()
  await expect(adminPage.getByText('Export permissions were saved.')).toBeVisible()
  await screenshot(adminPage, 'settings-export-roles')

  await adminPage.reload()
  await expect(exports.getByRole('checkbox', { name: 'Viewer' })).toBeChecked()

  // the services keep an organization's settings for up to 10 seconds
  await expect(async () => {
    await viewerPage.reload()
    const download = viewerPage.waitForEvent('download', { timeout: 2_000 })
    await viewerPage.getByRole('button', { name: 'Export' }).click({ timeout: 2_000 })
    expect((await download).suggestedFilename()).toMatch(/^contacts-.*\.csv$/)
  }).toPass({ timeout: 30_000 })
  await screenshot(viewerPage, 'contacts-export-allowed')
  await viewerContext.close()
  await adminContext.close()
})
