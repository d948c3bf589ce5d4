import { expect, test } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'

// A longer list: the next page arrives by scrolling, and the sort lives in the URL.

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  for (let i = 1; i <= 25; i++) {
    await seed(request, org, '/api/contacts', {
      firstName: `Person ${String(i).padStart(2, '0')}`,
      lastName: 'Example',
      email: `person${i}@${org.subdomain}.example`,
    })
  }
})

test('scrolling loads the next page and a column header sorts the list', async ({ page }) => {
  await signInAs(page, org)
  await page.goto('/contacts')
  const rows = page.getByRole('table', { name: 'Contacts' }).getByRole('row')
  await expect(rows).toHaveCount(21) // header + first page of 20
  await expect(page.getByRole('status').filter({ hasText: '20 contacts shown' })).toBeAttached()

  await rows.last().scrollIntoViewIfNeeded() // the oldest contacts come on the second page
  await expect(rows).toHaveCount(26)
  await expect(page.getByRole('link', { name: 'Person 01 Example' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Load more' })).toBeHidden()
  await screenshot(page, 'contacts-all-pages')

  const email = page.getByRole('columnheader', { name: 'Email' })
  await expect(email).toHaveAttribute('aria-sort', 'none')
  await email.getByRole('button').click()
  await expect(email).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=email/)
  await email.getByRole('button').click()
  await expect(email).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=-email/)
  await page.reload()
  await expect(page.getByRole('columnheader', { name: 'Email' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
})
