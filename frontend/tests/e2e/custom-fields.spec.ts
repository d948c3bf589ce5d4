import { expect, test } from '@playwright/test'
import { registerOrganization, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
})

test('an admin adds a custom field and the contact form asks for it', async ({ page }) => {
  await signInAs(page, org)
  await page.goto('/settings/custom-fields')
  await expect(page.getByText('No custom fields on contacts')).toBeVisible()
  await page.getByRole('button', { name: 'New field' }).first().click()

  const dialog = page.getByRole('dialog', { name: 'New custom field' })
  await typeInto(dialog.getByLabel('Label'), 'Annual budget')
  await expect(dialog.getByLabel('Key')).toHaveValue('annualBudget')
  await dialog.getByLabel('Kind').selectOption('CURRENCY')
  await typeInto(dialog.getByLabel('Currency'), 'EUR')
  await dialog.getByLabel(/Required/).check()
  await screenshot(page, 'custom-field-dialog')
  await dialog.getByRole('button', { name: 'Create field' }).click()
  await expect(page.getByText('Annual budget was added.')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'annualBudget' })).toBeVisible()
  await screenshot(page, 'custom-fields')

  await page.goto('/contacts/new')
  await typeInto(page.getByLabel('First name'), 'Grace')
  await page.getByRole('button', { name: 'Create contact' }).click()
  await expect(page.getByText('Enter Annual budget.')).toBeVisible()
  await typeInto(page.getByLabel(/Annual budget/), '12x')
  await page.getByRole('button', { name: 'Create contact' }).click()
  await expect(page.getByText('Enter a number, like 1200 or 12.5.')).toBeVisible()
  await typeInto(page.getByLabel(/Annual budget/), '25000')
  await page.getByRole('button', { name: 'Create contact' }).click()
  await expect(page.getByRole('heading', { name: 'Grace', level: 1 })).toBeVisible()
  await expect(page.getByText(/25,000/)).toBeVisible()

  await page.goto('/settings/custom-fields')
  await page.getByRole('button', { name: 'Delete Annual budget' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete Annual budget?' })
  await expect(confirm).toContainText('values are removed from every one of your contacts')
  await confirm.getByRole('button', { name: 'Delete field and values' }).click()
  await expect(page.getByText('Annual budget was deleted with its values.')).toBeVisible()
})
