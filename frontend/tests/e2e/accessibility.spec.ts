import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  defaultPipeline,
  registerOrganization,
  seed,
  signInAs,
  type Organization,
} from './support/api'

/**
 * Every main screen passes axe-core's WCAG 2.1 A and AA rules with no serious or critical violation,
 * at desktop and phone sizes, once its data has loaded.
 */
interface Created {
  id: string
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectAccessible(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
  expect(serious, `${path}`).toEqual([])
}

test.describe('accessibility of the main screens', () => {
  let organization: Organization
  const ids: Record<string, string> = {}

  test.beforeAll(async ({ request }) => {
    organization = await registerOrganization(request)
    await defaultPipeline(request, organization)
    ids.company = (
      await seed<Created>(request, organization, '/api/companies', { name: 'Globex' })
    ).id
    ids.contact = (
      await seed<Created>(request, organization, '/api/contacts', {
        firstName: 'Zoë',
        lastName: 'Müller',
        email: 'zoe@globex.example',
        companyId: ids.company,
      })
    ).id
    ids.deal = (
      await seed<Created>(request, organization, '/api/deals', {
        name: 'Globex renewal',
        value: 12000,
        currency: 'EUR',
        companyId: ids.company,
        contactId: ids.contact,
      })
    ).id
  })

  test('the pages before signing in', async ({ page }) => {
    await expectAccessible(page, '/sign-in', 'Sign in')
    await expectAccessible(page, '/register', 'Create your organization')
    await expectAccessible(page, '/find-organization', 'Find your organization')
  })

  for (const size of [
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`the app's screens at ${size.name} size`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height })
      await signInAs(page, organization)
      const screens: [string, string][] = [
        ['/', 'Home'],
        ['/contacts', 'Contacts'],
        [`/contacts/${ids.contact}`, 'Zoë Müller'],
        ['/companies', 'Companies'],
        [`/companies/${ids.company}`, 'Globex'],
        ['/deals', 'Deals'],
        [`/deals/${ids.deal}`, 'Globex renewal'],
        ['/tasks', 'My tasks'],
        ['/settings/members', 'Settings'],
      ]
      for (const [path, heading] of screens) await expectAccessible(page, path, heading)
    })
  }
})
