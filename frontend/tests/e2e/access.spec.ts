import { expect, test } from '@playwright/test'
import { screenshot } from './support/screenshots'
import { uniqueRun } from './support/people'
import { typeInto } from './support/typing'

test('a visitor who is not signed in is sent to sign-in and kept on course', async ({ page }) => {
  await page.goto('/settings/members')
  await expect(page).toHaveURL(/\/sign-in\?/)
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/settings/members')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await screenshot(page, 'guard-sign-in-redirect')
})

test('registration is checked before anything is sent', async ({ page }) => {
  const sent: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/')) sent.push(request.url())
  })
  await page.goto('/register')
  await typeInto(page.getByLabel('Organization name'), uniqueRun().organizationName)
  await typeInto(page.getByLabel('Subdomain'), 'admin')
  await typeInto(page.getByLabel('Work email'), 'not-an-email')
  await typeInto(page.getByLabel('Password'), 'short')
  await page.getByRole('button', { name: 'Create organization' }).click()

  await expect(page.getByText('"admin" is reserved. Choose another subdomain.')).toBeVisible()
  await expect(page.getByText('Enter your full name.')).toBeVisible()
  await expect(page.getByText('Enter a valid email address')).toBeVisible()
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible()
  await expect(page.getByLabel('Subdomain')).toBeFocused()
  await expect(page.getByLabel('Subdomain')).toHaveAttribute('aria-invalid', 'true')
  await screenshot(page, 'register-validation')
  expect(sent).toEqual([])
})

test('a wrong password is refused with the server’s message', async ({ page }) => {
  await page.goto('/sign-in')
  await typeInto(page.getByLabel('Organization'), uniqueRun().subdomain)
  await typeInto(page.getByLabel('Email'), 'nobody@example.com')
  await typeInto(page.getByLabel('Password'), 'not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
  await screenshot(page, 'sign-in-refused')
})
