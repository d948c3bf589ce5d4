import { expect, test, type Page } from '@playwright/test'
import {
  defaultPipeline,
  registerOrganization,
  seed,
  signInAs,
  type Organization,
} from './support/api'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// The deals list beside the board: found by typing a name without its accents, key by key, with
// the search and filters kept in the URL; and at phone size a page that never scrolls sideways.

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  await defaultPipeline(request, org) // made when the deal-service hears of the organization
  await seed(request, org, '/api/deals', { name: 'Zoë Bäckerei renewal', value: 1200 })
  await seed(request, org, '/api/deals', { name: 'Northwind pilot', value: 300 })
  await seed(request, org, '/api/deals', { name: 'Contoso expansion', value: 9000 })
})

const rows = (page: Page) => page.getByRole('table', { name: 'Deals' }).locator('tbody tr')

async function openList(page: Page): Promise<void> {
  await signInAs(page, org)
  await page.goto('/deals')
  await page
    .getByRole('navigation', { name: 'Deals view' })
    .getByRole('link', { name: 'List' })
    .click()
  await expect(page).toHaveURL(/\/deals\/list/)
  await expect(rows(page)).toHaveCount(3)
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('a deal is found by typing its name without accents, kept in the URL', async ({ page }) => {
    await openList(page)
    await screenshot(page, 'deal-list')
    const search = page.getByLabel('Search deals', { exact: true })
    await typeInto(search, 'zoe back')
    await expect(rows(page)).toHaveCount(1)
    await expect(rows(page).first()).toContainText('Zoë Bäckerei renewal')
    await expect(search).toBeFocused()
    await expect(page).toHaveURL(/q=zoe\+back|q=zoe%20back/)
    await screenshot(page, 'deal-list-searched')

    await typeInto(search, 'nothing like it')
    await expect(page.getByText('No deals found', { exact: false }).first()).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Search deals', { exact: true })).toHaveValue('nothing like it')
  })

  test('the status filter narrows the list, in the URL too', async ({ page }) => {
    await openList(page)
    await page.getByRole('button', { name: /Filters/ }).click()
    await page.getByLabel('Status').selectOption({ label: 'Won' })
    await expect(page).toHaveURL(/status=WON/)
    await expect(rows(page)).toHaveCount(0)
    await page.getByLabel('Status').selectOption({ label: 'Open' })
    await expect(rows(page)).toHaveCount(3)
  })
})

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the list fits the width of a phone', async ({ page }) => {
    await openList(page)
    await typeInto(page.getByLabel('Search deals', { exact: true }), 'contoso')
    await expect(rows(page)).toHaveCount(1)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    await screenshot(page, 'deal-list-phone', { fullPage: false })
    await page
      .getByRole('navigation', { name: 'Deals view' })
      .getByRole('link', { name: 'Board' })
      .click()
    await expect(page.getByRole('region', { name: 'Deals board' })).toBeVisible()
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    await screenshot(page, 'deals-board-phone-switch', { fullPage: false })
  })
})
