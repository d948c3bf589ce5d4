import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

test.describe('searching everything from anywhere', () => {
  let organization: Organization

  test.beforeEach(async ({ page, request }) => {
    organization = await registerOrganization(request)
    const globex = await seed<{ id: string }>(request, organization, '/api/companies', {
      name: 'Globex Zoetrope',
    })
    await seed(request, organization, '/api/contacts', {
      firstName: 'Zoë',
      lastName: 'Müller',
      email: 'zoe@globex.example',
      companyId: globex.id,
    })
    await signInAs(page, organization)
  })

  test('"/" opens it, typing finds a contact and a company, the keyboard opens one', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible()
    await page.keyboard.press('/')
    const field = page.getByRole('combobox', { name: 'Search contacts, companies and deals' })
    await expect(field).toBeFocused()
    await typeInto(field, 'zoe')
    await expect(page.getByRole('group', { name: 'Contacts' }).getByRole('option')).toHaveText(
      /Zoë Müller/,
    )
    await expect(page.getByRole('group', { name: 'Companies' }).getByRole('option')).toHaveText(
      /Globex Zoetrope/,
    )
    const results = await new AxeBuilder({ page }).include('dialog').analyze()
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([])
    await screenshot(page, 'global-search', { fullPage: false })

    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Globex Zoetrope' })).toBeVisible()
  })

  test('on a phone it opens from the top bar and fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/contacts')
    await page.getByRole('button', { name: 'Search' }).click()
    await typeInto(
      page.getByRole('combobox', { name: 'Search contacts, companies and deals' }),
      'muller',
    )
    await expect(page.getByRole('option', { name: /Zoë Müller/ })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'global-search-phone', { fullPage: false })
    await page.getByRole('option', { name: /Zoë Müller/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Zoë Müller' })).toBeVisible()
  })
})
