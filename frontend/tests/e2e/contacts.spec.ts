import { expect, test } from '@playwright/test'
import { registerOrganization, remove, seed, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// A sales team's everyday contact work: add someone, find them, change them, delete them by
// mistake and get them back from the trash.

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  await seed(request, org, '/api/custom-fields', {
    entityType: 'contact',
    name: 'tier',
    kind: 'SINGLE_SELECT',
    label: 'Tier',
    options: ['Gold', 'Silver'],
  })
  await seed(request, org, '/api/companies', {
    name: 'Analytical Engines',
    domain: 'engines.example',
  })
  await seed(request, org, '/api/contacts', {
    firstName: 'Charles',
    lastName: 'Babbage',
    email: `charles@${org.subdomain}.example`,
  })
})

test('a contact is created, found, edited, deleted and restored', async ({ page, request }) => {
  await signInAs(page, org)
  const email = `ada.lovelace@${org.subdomain}.example`

  await test.step('the list shows what exists', async () => {
    await page.goto('/contacts')
    await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Charles Babbage' })).toBeVisible()
    await screenshot(page, 'contacts-list')
  })

  await test.step('create a contact with tags, a company and a custom field', async () => {
    await page.getByRole('link', { name: 'New contact' }).first().click()
    await expect(page.getByRole('heading', { name: 'New contact' })).toBeVisible()
    await page.getByRole('button', { name: 'Create contact' }).click()
    await expect(page.getByText('Enter a first name, a last name or an email.')).toBeVisible()
    await expect(page.getByLabel('First name')).toBeFocused()

    await typeInto(page.getByLabel('First name'), 'Ada')
    await typeInto(page.getByLabel('Last name'), 'Lovelace')
    await typeInto(page.getByLabel('Email', { exact: true }), email)
    await typeInto(page.getByLabel('Phone', { exact: true }), '+44 20 7946 0000')
    await typeInto(page.getByLabel('Job title'), 'Analyst')
    await typeInto(page.getByRole('combobox', { name: 'Company' }), 'Analytical')
    await page.getByRole('option', { name: /Analytical Engines/ }).click()
    const tags = page.getByRole('textbox', { name: 'Tags', exact: true })
    await typeInto(tags, 'vip')
    await tags.press('Enter')
    await typeInto(tags, 'math')
    await tags.press('Enter')
    await page.getByLabel('Tier').selectOption('Gold')
    await typeInto(page.getByLabel('City'), 'London')
    await screenshot(page, 'contact-form')
    await page.getByRole('button', { name: 'Create contact' }).click()

    await expect(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeVisible()
    await expect(page.getByText('Ada Lovelace was added.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Analytical Engines' })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Tags' })).toContainText('vip')
    await expect(page.getByText('Gold')).toBeVisible()
    await screenshot(page, 'contact-detail')
  })

  await test.step('a second contact with the same email is refused beside the field', async () => {
    await page.goto('/contacts/new')
    await typeInto(page.getByLabel('Email', { exact: true }), email)
    await page.getByRole('button', { name: 'Create contact' }).click()
    await expect(page.getByText('Another contact already has this email.')).toBeVisible()
    await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  })

  await test.step('find the contact by searching as a person types, with the search kept in the URL', async () => {
    await page.goto('/contacts')
    const search = page.getByLabel('Search contacts', { exact: true })
    await search.click()
    // a key every 150 ms: each one writes the URL, and the field must keep the focus and every key
    await search.pressSequentially('lovel', { delay: 150 })
    await expect(search).toBeFocused()
    await expect(search).toHaveValue('lovel')
    await expect(page).toHaveURL(/q=lovel/)
    await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Charles Babbage' })).toBeHidden()
    await page.reload()
    await expect(page.getByLabel('Search contacts', { exact: true })).toHaveValue('lovel')
    await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible()
    await screenshot(page, 'contacts-search')
  })

  await test.step('edit the contact', async () => {
    await page.getByRole('link', { name: 'Ada Lovelace' }).click()
    await page.getByRole('link', { name: 'Edit' }).click()
    await expect(page.getByRole('heading', { name: 'Edit Ada Lovelace' })).toBeVisible()
    await typeInto(page.getByLabel('Job title'), 'Countess and analyst')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Your changes were saved.')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeVisible()
    await expect(page.getByText('Countess and analyst').first()).toBeVisible()
  })

  await test.step('delete it: it leaves the list', async () => {
    await page.getByRole('button', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Move Ada Lovelace to the trash?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await screenshot(page, 'contact-delete-confirm')
    await dialog.getByRole('button', { name: 'Move to trash' }).click()
    await expect(page).toHaveURL(/\/contacts$/)
    await expect(page.getByText('Ada Lovelace was moved to the trash.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeHidden()
  })

  await test.step('restoring is refused while another contact has the email', async () => {
    const newcomer = await seed<{ id: string }>(request, org, '/api/contacts', {
      firstName: 'Augusta',
      email,
    })
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Trash' })
      .click()
    await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Restore Ada Lovelace' }).click()
    await expect(page.getByRole('alert')).toContainText('Ada Lovelace could not be restored')
    await screenshot(page, 'trash-restore-refused')
    await remove(request, org, `/api/contacts/${newcomer.id}`)
  })

  await test.step('restore it from the trash', async () => {
    await page.reload()
    await screenshot(page, 'trash')
    await page.getByRole('button', { name: 'Restore Ada Lovelace' }).click()
    await expect(page.getByText('Ada Lovelace was restored.')).toBeVisible()
    await page.getByRole('link', { name: 'Open it' }).click()
    await expect(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeVisible()
  })
})
