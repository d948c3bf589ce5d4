import { expect, test } from '@playwright/test'
import { registerOrganization, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'

// A HubSpot export comes in: the wizard reads it, maps its columns, checks it with a dry run,
// imports it and reports the row it could not take.

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
})

const CSV = [
  'First Name,Last Name,Email,Phone Number,Company Name',
  'Ada,Lovelace,ada@engines.example,+44 20 7946 0000,Analytical Engines',
  'Charles,Babbage,charles@engines.example,,Analytical Engines',
  'Broken,Row,not-an-email,,',
].join('\n')

test('a CSV is previewed, checked with a dry run and imported', async ({ page }) => {
  await signInAs(page, org)
  await page.goto('/contacts/import')
  await expect(page.getByRole('heading', { name: 'Import contacts', level: 1 })).toBeVisible()
  await screenshot(page, 'import-choose')

  await page.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'hubspot-contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  })
  await expect(page.getByText('Match the columns to contact fields')).toBeVisible()
  await expect(page.getByRole('row', { name: /Email/ }).first()).toBeVisible()
  await expect(page.getByLabel('Import column Email as')).toHaveValue('email')
  await screenshot(page, 'import-mapping')

  await page.getByRole('button', { name: 'Check with a dry run' }).click()
  await expect(page.getByText('Would be created')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('cell', { name: 'ada@engines.example' })).toBeVisible()
  await screenshot(page, 'import-dry-run')

  await page.getByRole('button', { name: 'Import now' }).click()
  await expect(page.getByRole('progressbar', { name: 'Importing contacts' })).toBeVisible()
  await expect(page.getByText('Import finished')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
  await expect(page.getByRole('button', { name: 'Download rejected rows' })).toBeVisible()
  await screenshot(page, 'import-done')

  await page.getByRole('link', { name: 'Go to contacts' }).click()
  await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible()
})
