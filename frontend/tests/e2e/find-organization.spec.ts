import { expect, test } from '@playwright/test'
import { registerOrganization } from './support/api'
import { emailedLink } from './support/mail'
import { PASSWORD } from './support/people'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

test('a member who forgot the organization gets a sign-in link by email', async ({
  page,
  request,
}) => {
  const organization = await registerOrganization(request)

  await test.step('ask from the sign-in page, with the email typed there carried along', async () => {
    await page.goto('/sign-in')
    await typeInto(page.getByLabel('Email'), organization.adminEmail)
    await page.getByRole('link', { name: 'Forgot your organization?' }).click()
    await expect(page.getByRole('heading', { name: 'Find your organization' })).toBeVisible()
    await expect(page.getByLabel('Email')).toHaveValue(organization.adminEmail)
    await page.getByRole('button', { name: 'Email me my organizations' }).click()
    await expect(page.getByText('Check your email')).toBeVisible()
    await screenshot(page, 'find-organization-sent')
  })

  await test.step('the link opens sign-in with the organization and the email filled in', async () => {
    const link = await emailedLink(
      page,
      organization.adminEmail,
      '/sign-in',
      `Sign in to ${organization.name}`,
    )
    await page.goto(link.pathname + link.search)
    await expect(page.getByLabel('Organization')).toHaveValue(organization.subdomain)
    await expect(page.getByLabel('Email')).toHaveValue(organization.adminEmail)
    await typeInto(page.getByLabel('Password'), PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/$/)
  })
})

test('at phone size the search fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/find-organization')
  await typeInto(page.getByLabel('Email'), 'not an address')
  await page.getByRole('button', { name: 'Email me my organizations' }).click()
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await screenshot(page, 'find-organization-phone')
})
