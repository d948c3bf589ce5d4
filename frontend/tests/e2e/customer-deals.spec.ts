import { expect, test } from '@playwright/test'
import {
  defaultPipeline,
  registerOrganization,
  seed,
  signInAs,
  type Organization,
} from './support/api'
import { screenshot } from './support/screenshots'

interface Created {
  id: string
}

test.describe('the deals where the customer is', () => {
  let organization: Organization
  let parentId: string
  let contactId: string

  test.beforeEach(async ({ page, request }) => {
    organization = await registerOrganization(request)
    const pipeline = await defaultPipeline(request, organization)
    const won = pipeline.stages.find((stage) => stage.name === 'Closed Won')!
    parentId = (
      await seed<Created>(request, organization, '/api/companies', { name: 'Globex Group' })
    ).id
    const subsidiary = await seed<Created>(request, organization, '/api/companies', {
      name: 'Globex France',
      parentId,
    })
    contactId = (
      await seed<Created>(request, organization, '/api/contacts', {
        firstName: 'Zoë',
        lastName: 'Müller',
        companyId: parentId,
      })
    ).id
    const deal = (data: Record<string, unknown>) =>
      seed<Created>(request, organization, '/api/deals', { currency: 'EUR', ...data })
    await deal({ name: 'Group license', value: 12000, companyId: parentId, contactId })
    await deal({ name: 'France rollout', value: 8000, companyId: subsidiary.id })
    await deal({ name: 'France pilot', value: 1500, companyId: subsidiary.id, stageId: won.id })
    await signInAs(page, organization)
  })

  test('a company page adds up its group’s open and won value', async ({ page }) => {
    await page.goto(`/companies/${parentId}`)
    const card = page.getByRole('region', { name: 'Deals' })
    await expect(card.getByText('this company and 1 sub-company')).toBeVisible()
    await expect(card.getByText('Open · 2 deals')).toBeVisible()
    await expect(card.getByText('€20,000.00')).toBeVisible()
    await expect(card.getByText('Won · 1 deal')).toBeVisible()
    await expect(card.getByText('€1,500.00').first()).toBeVisible()
    await expect(card.getByRole('link', { name: 'Group license' })).toBeVisible()
    await screenshot(page, 'company-deals-card')

    await card.getByRole('link', { name: 'New deal' }).click()
    await expect(page).toHaveURL(new RegExp(`/deals/new\\?companyId=${parentId}`))
  })

  test('a contact page shows the contact’s deals, and fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`/contacts/${contactId}`)
    const card = page.getByRole('region', { name: 'Deals' })
    await expect(card.getByText('Open · 1 deal')).toBeVisible()
    await expect(card.getByText('€12,000.00').first()).toBeVisible()
    await expect(card.getByText('Won · 0 deals')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'contact-deals-card-phone', { fullPage: false })
  })
})
