import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'
import { changeStage, defaultStages, type StageRecord } from './support/stages'
import { typeInto } from './support/typing'

// Closing deals from their page, as Pipedrive and HubSpot users expect: Won and Lost buttons that
// follow the stage rules, a lost reason always asked for, and a stage select that offers only
// the moves the rules allow.

let org: Organization
let stages: StageRecord[]
let stageId: (name: string) => string
const deals: Record<string, string> = {}

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  const pipeline = await defaultStages(request, org)
  stages = pipeline.stages
  stageId = pipeline.idOf
  // A lead may only be qualified or lost: Proposal, Negotiation and Closed Won refuse it.
  await changeStage(request, org, pipeline.path, stages[0]!, {
    allowedNextStageIds: [stageId('Qualified'), stageId('Closed Lost')],
  })
  for (const [name, stage] of [
    ['Tailspin renewal', 'Negotiation'],
    ['Wingtip pilot', 'Lead'],
  ] as const) {
    const deal = await seed<{ id: string }>(request, org, '/api/deals', {
      name,
      value: 5000,
      expectedCloseDate: '2031-06-30',
      stageId: stageId(stage),
    })
    deals[name] = deal.id
  }
})

async function openDeal(page: Page, name: string): Promise<void> {
  await signInAs(page, org)
  await page.goto(`/deals/${deals[name]}`)
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
}

test.use({ viewport: { width: 1440, height: 900 } })

test('a deal is marked won from its page', async ({ page }) => {
  await openDeal(page, 'Tailspin renewal')
  await screenshot(page, 'deal-open-with-won-lost')
  await page.getByRole('button', { name: 'Won', exact: true }).click()

  await expect(page.getByLabel('Move to stage')).toHaveValue(stageId('Closed Won'))
  await expect(page.getByText('Won', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Won', exact: true })).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Move to stage')).toHaveValue(stageId('Closed Won'))
  await screenshot(page, 'deal-won')
})

test('a lead cannot be won, and is marked lost with a reason', async ({ page }) => {
  await openDeal(page, 'Wingtip pilot')
  await expect(page.getByRole('button', { name: 'Won', exact: true })).toBeDisabled()
  await expect(page.getByText('Closed Won: not from Lead.')).toBeVisible()
  const select = page.getByLabel('Move to stage')
  for (const stage of ['Proposal', 'Negotiation', 'Closed Won']) {
    await expect(select.getByRole('option', { name: new RegExp(stage) })).toBeDisabled()
  }
  await expect(select.getByRole('option', { name: /Qualified/ })).toBeEnabled()

  await page.getByRole('button', { name: 'Lost', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Mark Wingtip pilot as lost' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Mark as lost' }).click()
  await expect(dialog.getByText('Enter why the deal was lost.')).toBeVisible()
  await typeInto(dialog.getByLabel('Lost reason'), 'Chose a cheaper vendor')
  await screenshot(page, 'deal-lost-reason-dialog', { fullPage: false })
  await dialog.getByRole('button', { name: 'Mark as lost' }).click()

  await expect(dialog).toBeHidden()
  await expect(select).toHaveValue(stageId('Closed Lost'))
  await page.reload()
  await expect(
    page.getByRole('definition').filter({ hasText: 'Chose a cheaper vendor' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Lost', exact: true })).toHaveCount(0)
  await screenshot(page, 'deal-lost')
})
