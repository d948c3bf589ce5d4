import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { PASSWORD } from './support/people'
import { emailedLink } from './support/mail'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// An admin sets up the organization's email: a template previewed for a real contact, the
// sender's name, the suppression list; then forgets the password and resets it from the email.

const NEW_PASSWORD = 'a-brand-new-passphrase'

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
})

const settingsNav = (page: Page) => page.getByRole('navigation', { name: 'Settings' })

test('an admin writes a template, names the sender and keeps an address from being emailed', async ({
  page,
  request,
}) => {
  await seed(request, org, '/api/contacts', {
    firstName: 'Grace',
    lastName: 'Hopper',
    email: `grace@${org.subdomain}.example.com`,
  })
  await signInAs(page, org)

  await test.step('the home dashboard shows its four cards', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
    for (const card of ['My open deals', 'Tasks due', 'Recent activity']) {
      await expect(page.getByRole('heading', { name: card, level: 2 })).toBeVisible()
    }
    await expect(page.getByRole('heading', { name: /^Forecast for /, level: 2 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Tasks due' })).toContainText(
      'Nothing overdue and nothing due today.',
    )
    await screenshot(page, 'home-dashboard')
  })

  await test.step('no templates yet: write one, inserting a variable at the cursor', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click()
    await settingsNav(page).getByRole('link', { name: 'Templates' }).click()
    await expect(page.getByText('No templates yet')).toBeVisible()
    await page.getByRole('link', { name: 'New template' }).click()
    await typeInto(page.getByLabel('Name'), 'Welcome')
    await typeInto(page.getByLabel('Subject'), 'Hello {{contact.firstName|there}}')
    const body = page.getByLabel('Body (HTML)')
    await typeInto(body, '<p>Dear ,</p><script>alert(1)</script>')
    // the cursor just after "Dear "
    await body.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(8, 8))
    await page.getByRole('button', { name: 'Insert variable' }).click()
    await page.getByRole('menuitem', { name: '{{contact.firstName}}' }).click()
    await expect(body).toHaveValue('<p>Dear {{contact.firstName}},</p><script>alert(1)</script>')
  })

  await test.step('the preview for a chosen contact fills in the first name', async () => {
    const subject = page.getByTestId('preview-subject')
    await expect(subject).toHaveText('Hello there')
    await expect(page.getByRole('list', { name: 'Variables without a value' })).toContainText(
      '{{contact.firstName}}',
    )
    await typeInto(page.getByRole('combobox', { name: 'Preview for contact' }), 'Grace')
    await page.getByRole('option', { name: /Grace Hopper/ }).click()
    await expect(subject).toHaveText('Hello Grace')
    const frame = page.frameLocator('iframe[title="Email preview"]')
    await expect(frame.getByText('Dear Grace,')).toBeVisible()
    await expect(page.locator('iframe[title="Email preview"]')).toHaveAttribute('sandbox', '')
    await expect(page.getByText('Every variable has a value.')).toBeVisible()
    await screenshot(page, 'template-editor-preview')
  })

  await test.step('create it: it is listed by name', async () => {
    await page.getByRole('button', { name: 'Create template' }).click()
    await expect(page.getByText('Welcome was created.')).toBeVisible()
    await expect(page).toHaveURL(/\/settings\/templates\/[0-9a-f-]+$/)
    await page.getByRole('link', { name: 'Templates' }).first().click()
    await expect(page.getByRole('link', { name: 'Welcome' })).toBeVisible()
  })

  await test.step('change the sender name: it is kept after a reload', async () => {
    await settingsNav(page).getByRole('link', { name: 'Email' }).click()
    const sender = page.getByLabel('Sender name')
    await expect(sender).toHaveValue('')
    await typeInto(sender, 'Northwind Sales')
    await page.getByRole('button', { name: 'Save email settings' }).click()
    await expect(page.getByText('The email settings were saved.')).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Sender name')).toHaveValue('Northwind Sales')
    await expect(page.getByLabel('Inbound webhook address')).toHaveValue(/\/t\/inbound\//)
    await screenshot(page, 'settings-email')
  })

  const blocked = `blocked@${org.subdomain}.example.com`
  await test.step('add an address to the suppression list, then remove it', async () => {
    await typeInto(page.getByLabel('Add an address'), blocked)
    await page.getByRole('button', { name: 'Add to list' }).click()
    const list = page.getByRole('list', { name: 'Suppressed addresses' })
    const row = list.getByRole('listitem').filter({ hasText: blocked })
    await expect(row).toContainText('Added by hand')
    await page.reload()
    await expect(row).toBeVisible()
    await screenshot(page, 'settings-email-suppressed')

    await row.getByRole('button', { name: `Remove ${blocked}` }).click()
    const dialog = page.getByRole('dialog', { name: `Remove ${blocked}?` })
    await dialog.getByRole('button', { name: 'Remove from list' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(`${blocked} was taken off the suppression list`)).toBeVisible()
    await expect(row).toHaveCount(0)
  })
})

test('a forgotten password is reset with the emailed link', async ({ page }) => {
  await test.step('from sign-in, ask for a link with the organization typed there', async () => {
    await page.goto(`/sign-in?tenant=${org.subdomain}`)
    await typeInto(page.getByLabel('Email'), org.adminEmail)
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible()
    await expect(page.getByLabel('Organization')).toHaveValue(org.subdomain)
    await expect(page.getByLabel('Email')).toHaveValue(org.adminEmail)
    await page.getByRole('button', { name: 'Email me a link' }).click()
    await expect(page.getByText(/If this address belongs to a member/)).toBeVisible()
    await screenshot(page, 'forgot-password-sent')
  })

  await test.step('open the emailed link and choose a new password', async () => {
    const link = await emailedLink(page, org.adminEmail, '/reset-password')
    expect(link.searchParams.get('tenant')).toBe(org.subdomain)
    expect(link.searchParams.get('token')).toBeTruthy()
    // through the base URL under test, whatever origin the platform wrote into the link
    await page.goto(`${link.pathname}${link.search}`)
    await typeInto(page.getByLabel('New password', { exact: true }), NEW_PASSWORD)
    await typeInto(page.getByLabel('New password again'), `${NEW_PASSWORD}!`)
    await page.getByRole('button', { name: 'Set new password' }).click()
    await expect(page.getByText('The two passwords are not the same.')).toBeVisible()
    await typeInto(page.getByLabel('New password again'), NEW_PASSWORD)
    await screenshot(page, 'reset-password')
    await page.getByRole('button', { name: 'Set new password' }).click()
    await expect(page).toHaveURL(/\/sign-in/)
    await expect(page.getByText('Password changed: sign in with the new one.')).toBeVisible()
  })

  await test.step('the old password no longer works, the new one does', async () => {
    await expect(page.getByLabel('Organization')).toHaveValue(org.subdomain)
    await typeInto(page.getByLabel('Email'), org.adminEmail)
    await typeInto(page.getByLabel('Password', { exact: true }), PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toBeVisible()
    await typeInto(page.getByLabel('Password', { exact: true }), NEW_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'My open deals', level: 2 })).toBeVisible()
    await screenshot(page, 'home-after-reset')
  })
})
