import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, signInAs } from './support/api'
import { PASSWORD, uniqueRun } from './support/people'
import { emailedLink } from './support/mail'
import { screenshot } from './support/screenshots'

// A new organization sends only a few emails a day until an admin confirms their address: the
// app says so above every page until the admin opens the link emailed at registration. On a
// phone the banner fits and asks for a new link.

const banner = (page: Page) => page.getByRole('region', { name: 'Email confirmation' })

test('a new admin confirms their address with the emailed link and the banner goes', async ({
  page,
}) => {
  const run = uniqueRun()
  const email = `ada@${run.subdomain}.example.com`

  await test.step('register the organization', async () => {
    await page.goto('/register')
    await page.getByLabel('Organization name').pressSequentially(run.organizationName)
    await page.getByLabel('Subdomain').clear() // the app suggests one from the name
    await page.getByLabel('Subdomain').pressSequentially(run.subdomain)
    await page.getByLabel('Your full name').pressSequentially('Ada Admin')
    await page.getByLabel('Work email').pressSequentially(email)
    await page.getByLabel('Password').pressSequentially(PASSWORD)
    await page.getByRole('button', { name: 'Create organization' }).click()
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
  })

  await test.step('the banner asks to confirm the address and tells the day’s limit', async () => {
    await expect(banner(page)).toContainText(
      `Confirm your email address: we sent a link to ${email}.`,
    )
    await expect(banner(page)).toContainText(
      /Until an admin confirms, your organization can send \d+ emails a day \(\d+ sent\)\./,
    )
    await expect(banner(page).getByRole('button', { name: 'Send a new link' })).toBeVisible()
    await screenshot(page, 'email-confirmation-banner')
  })

  await test.step('it stays on every page', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Contacts' })
      .click()
    await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible()
    await expect(banner(page)).toContainText('Confirm your email address')
  })

  await test.step('open the emailed link: the address is confirmed', async () => {
    const link = await emailedLink(
      page,
      email,
      '/confirm-email',
      `Confirm your email address for ${run.organizationName}`,
    )
    expect(link.searchParams.get('tenant')).toBe(run.subdomain)
    expect(link.searchParams.get('token')).toBeTruthy()
    // through the base URL under test, whatever origin the platform wrote into the link
    await page.goto(`${link.pathname}${link.search}`)
    await expect(page.getByText('Your email address is confirmed.')).toBeVisible()
    await screenshot(page, 'email-confirmed')
  })

  await test.step('back in the app, the banner is gone', async () => {
    const quota = page.waitForResponse((response) =>
      response.url().endsWith('/api/communications/sending-quota'),
    )
    await page.getByRole('link', { name: 'Continue to the CRM' }).click()
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
    expect((await quota).status()).toBe(200)
    await expect(banner(page)).toHaveCount(0)
    await screenshot(page, 'home-after-email-confirmed')
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the banner fits and says when the last link went', async ({ page, request }) => {
    const org = await registerOrganization(request)
    await signInAs(page, org)
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()

    const resend = banner(page).getByRole('button', { name: 'Send a new link' })
    await expect(banner(page)).toContainText(
      `Confirm your email address: we sent a link to ${org.adminEmail}.`,
    )
    await expect(resend).toBeInViewport()
    // The banner and its button fit the phone's width: nothing to scroll sideways for.
    for (const box of [await banner(page).boundingBox(), await resend.boundingBox()]) {
      expect(box).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    }
    await screenshot(page, 'email-confirmation-banner-phone')

    // the link of the registration went a moment ago: one a minute
    await resend.click()
    await expect(banner(page).getByRole('alert')).toHaveText(
      `A link went to ${org.adminEmail} less than a minute ago: look for it, or ask again in a minute.`,
    )
    await screenshot(page, 'email-confirmation-new-link-phone')
  })
})
