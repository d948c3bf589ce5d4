import { expect, test, type Page } from '@playwright/test'
import { screenshot } from './support/screenshots'
import { PASSWORD, uniqueRun } from './support/people'
import { typeInto } from './support/typing'

// One organization's first day: its admin registers, signs out and in again, invites a sales
// rep, the rep accepts in a browser of their own, and the admin sees them among the members.

const run = uniqueRun()
const admin = { fullName: 'Ada Admin', email: `ada@${run.subdomain}.example.com` }
const rep = { fullName: 'Sam Seller', email: `sam@${run.subdomain}.example.com` }

async function expectInApp(page: Page, organizationName: string): Promise<void> {
  await expect(page.getByRole('banner')).toContainText(organizationName)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
}

test('an admin registers, invites a sales rep who accepts, and sees them as a member', async ({
  page,
  browser,
}) => {
  await test.step('register the organization', async () => {
    await page.goto('/register')
    await expect(page.getByRole('heading', { name: 'Create your organization' })).toBeVisible()
    await typeInto(page.getByLabel('Organization name'), run.organizationName)
    await typeInto(page.getByLabel('Subdomain'), run.subdomain)
    await typeInto(page.getByLabel('Your full name'), admin.fullName)
    await typeInto(page.getByLabel('Work email'), admin.email)
    await typeInto(page.getByLabel('Password'), PASSWORD)
    await screenshot(page, 'register-organization')
    await page.getByRole('button', { name: 'Create organization' }).click()
  })

  await test.step('land on the home dashboard with the organization name', async () => {
    await expect(page).toHaveURL(/\/$/)
    await expectInApp(page, run.organizationName)
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'My open deals' })).toContainText(
      'You own no open deals',
    )
    await screenshot(page, 'app-shell-home')
  })

  await test.step('sign out from the profile menu', async () => {
    await page.getByRole('button', { name: admin.fullName }).click()
    const menu = page.getByRole('menu')
    await expect(menu).toContainText(admin.email)
    await expect(menu).toContainText('Admin')
    await screenshot(page, 'profile-menu')
    await menu.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/sign-in/)
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  })

  await test.step('sign in again', async () => {
    await expect(page.getByLabel('Organization')).toHaveValue(run.subdomain)
    await typeInto(page.getByLabel('Email'), admin.email)
    await typeInto(page.getByLabel('Password'), PASSWORD)
    await screenshot(page, 'sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expectInApp(page, run.organizationName)
  })

  let acceptLink = ''
  await test.step('invite a sales rep from Settings → Invitations', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await screenshot(page, 'settings-organization')
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Invitations' })
      .click()
    await expect(page.getByText('No invitations yet')).toBeVisible()
    await screenshot(page, 'settings-invitations-empty')

    await typeInto(page.getByLabel('Email address'), rep.email)
    await page.getByLabel('Role').selectOption('SALES_REP')
    await page.getByRole('button', { name: 'Send invitation' }).click()

    const link = page.getByLabel('Invitation link')
    await expect(link).toHaveValue(/\/accept-invitation\?/)
    acceptLink = await link.inputValue()
    const invitationRow = page.getByRole('row', { name: new RegExp(rep.email) })
    await expect(invitationRow).toContainText('Sales rep')
    await expect(invitationRow).toContainText('Pending')
    await screenshot(page, 'settings-invitation-created')
  })

  await test.step('the rep accepts the invitation in a browser of their own', async () => {
    const link = new URL(acceptLink)
    expect(link.pathname).toBe('/accept-invitation')
    expect(link.searchParams.get('tenant')).toBe(run.subdomain)
    expect(link.searchParams.get('token')).toBeTruthy()

    const repContext = await browser.newContext({ baseURL: test.info().project.use.baseURL })
    const repPage = await repContext.newPage()
    try {
      // Opened through the base URL under test, whatever origin the platform wrote into the link.
      await repPage.goto(`${link.pathname}${link.search}`)
      await expect(
        repPage.getByRole('heading', { name: `Join ${run.organizationName}` }),
      ).toBeVisible()
      await expect(repPage.getByRole('main')).toContainText(rep.email)
      await expect(repPage.getByRole('main')).toContainText('Sales rep')
      await typeInto(repPage.getByLabel('Full name'), rep.fullName)
      await typeInto(repPage.getByLabel('Password'), PASSWORD)
      await screenshot(repPage, 'accept-invitation')
      await repPage.getByRole('button', { name: 'Accept invitation' }).click()

      await expectInApp(repPage, run.organizationName)
      await expect(repPage.getByRole('button', { name: rep.fullName })).toBeVisible()
      await screenshot(repPage, 'member-app-shell')
    } finally {
      await repContext.close()
    }
  })

  await test.step('the admin sees the rep in Settings → Members as a sales rep', async () => {
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Members' })
      .click()
    const row = page.getByRole('row', { name: new RegExp(rep.email) })
    await expect(row).toBeVisible()
    await expect(row.getByRole('combobox', { name: `Role of ${rep.fullName}` })).toHaveValue(
      'SALES_REP',
    )
    await expect(
      page.getByRole('row', { name: new RegExp(admin.email) }).getByRole('combobox'),
    ).toHaveCount(0)
    await screenshot(page, 'settings-members')
  })
})
