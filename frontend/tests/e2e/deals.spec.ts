import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  defaultPipeline,
  registerOrganization,
  seed,
  signInAs,
  type Organization,
  type SeededPipeline,
} from './support/api'
import { card as dealCard, column, drag as dragCard } from './support/board'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// A deal's way through the sales pipeline: dragged across the board, stopped by a stage that
// needs a value and a close date, given them, and then seen in its history, in the forecast and
// in the pipeline settings.

let org: Organization
let pipeline: SeededPipeline
const dealName = 'Northwind renewal'

/** The 15th of next month, as the date input takes it and as the forecast groups it. */
function nextMonth(): { day: string; year: number; month: number } {
  const today = new Date()
  const first = new Date(today.getFullYear(), today.getMonth() + 1, 1)
  const month = first.getMonth() + 1
  return {
    day: `${first.getFullYear()}-${String(month).padStart(2, '0')}-15`,
    year: first.getFullYear(),
    month,
  }
}
const closing = nextMonth()

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  pipeline = await defaultPipeline(request, org)
  // No value: the first move is free, Proposal will ask for one.
  await seed(request, org, '/api/deals', { name: dealName })
})

const card = (page: Page, stage: string) => dealCard(page, stage, dealName)
const drag = (page: Page, from: Locator, to: Locator) => dragCard(page, from, to, 'No value')

const dealPatch = (page: Page) =>
  page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && /\/api\/deals\//.test(response.url()),
  )

test('a deal moves across the board, is asked for what a stage needs, and shows in analytics', async ({
  page,
}) => {
  await signInAs(page, org)

  await test.step('the board shows the default pipeline with the seeded deal in Lead', async () => {
    await page.goto('/deals')
    await expect(page.getByRole('heading', { name: 'Deals', level: 1 })).toBeVisible()
    for (const stage of pipeline.stages) {
      await expect(page.getByRole('heading', { name: stage.name, exact: true })).toBeVisible()
    }
    await expect(card(page, 'Lead')).toBeVisible()
    await expect(column(page, 'Lead')).toContainText('1 deal')
    await screenshot(page, 'deals-board')
  })

  await test.step('dragging it to Qualified moves it', async () => {
    const saved = dealPatch(page)
    await drag(page, card(page, 'Lead'), column(page, 'Qualified'))
    expect((await saved).status()).toBe(200)
    await expect(card(page, 'Qualified')).toBeVisible()
    await expect(card(page, 'Lead')).toHaveCount(0)
    await expect(column(page, 'Qualified')).toContainText('1 deal')
  })

  await test.step('Proposal asks for a value and an expected close date first', async () => {
    const refused = dealPatch(page)
    await drag(page, card(page, 'Qualified'), column(page, 'Proposal'))
    expect((await refused).status()).toBe(422)

    const dialog = page.getByRole('dialog', { name: `Move ${dealName} to Proposal` })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('Value')).toBeVisible()
    await expect(dialog.getByLabel('Expected close date')).toBeVisible()
    await expect(dialog.getByLabel('Lost reason')).toHaveCount(0)
    await typeInto(dialog.getByLabel('Value'), '5000')
    await typeInto(dialog.getByLabel('Currency'), 'USD')
    await dialog.getByLabel('Expected close date').fill(closing.day) // a date picker's field: a person picks the date, nobody types it key by key
    await screenshot(page, 'deal-stage-requirements')

    const saved = dealPatch(page)
    await dialog.getByRole('button', { name: 'Move deal' }).click()
    expect((await saved).status()).toBe(200)
    await expect(dialog).toBeHidden()
  })

  const total = await page.evaluate(() =>
    new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(5000),
  )

  await test.step('the card lands in Proposal and the column total shows its value', async () => {
    await expect(card(page, 'Proposal')).toBeVisible()
    await expect(card(page, 'Proposal')).toContainText(total)
    await expect(column(page, 'Proposal').getByText(`Total ${total}`)).toBeVisible()
    await expect(card(page, 'Qualified')).toHaveCount(0)
    await page.reload()
    await expect(card(page, 'Proposal')).toBeVisible()
    await expect(column(page, 'Proposal').getByText(`Total ${total}`)).toBeVisible()
    await screenshot(page, 'deals-board-after-moves')
  })

  await test.step('the deal page shows its stage history', async () => {
    await card(page, 'Proposal').getByRole('link', { name: dealName }).click()
    await expect(page.getByRole('heading', { name: dealName, level: 1 })).toBeVisible()
    const history = page.getByRole('list', { name: 'Stage changes, newest first' })
    await expect(history).toContainText('Qualified → Proposal')
    await expect(history).toContainText('Lead → Qualified')
    await expect(history.getByRole('listitem').first()).toContainText('Qualified → Proposal')
    await expect(page.getByLabel('Move to stage')).toHaveValue(
      pipeline.stages.find((stage) => stage.name === 'Proposal')!.id,
    )
    await screenshot(page, 'deal-detail')
  })

  await test.step('the forecast shows the deal in its closing month, charts drawn', async () => {
    const month = await page.evaluate(
      ({ year, month }) =>
        new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(
          new Date(year, month - 1, 1),
        ),
      closing,
    )
    await page.goto('/deals/analytics')
    await expect(page.getByRole('heading', { name: 'Sales analytics', level: 1 })).toBeVisible()
    const forecast = page.getByRole('region', { name: 'Forecast', exact: true })
    await expect(forecast.getByRole('rowheader', { name: month })).toBeVisible()
    await expect(forecast.getByRole('row', { name: new RegExp(month) })).toContainText(total)
    await expect(
      forecast.getByRole('img', { name: /open and weighted value by month/ }),
    ).toBeVisible()
    await expect(page.getByRole('img').first()).toBeVisible()
    await screenshot(page, 'deal-analytics')
  })
})

test('an admin adds a stage to the pipeline', async ({ page }) => {
  await signInAs(page, org)
  await page.goto('/settings/pipelines')
  const sales = page.getByRole('region', { name: pipeline.name, exact: true })
  await expect(
    sales.getByRole('list', { name: `Stages of ${pipeline.name}, in order` }),
  ).toBeVisible()
  await expect(sales.getByText('Needs Value, Expected close date')).toBeVisible()

  await sales.getByRole('button', { name: 'Add stage' }).click()
  const dialog = page.getByRole('dialog', { name: `New stage in ${pipeline.name}` })
  await typeInto(dialog.getByLabel('Name'), 'Demo')
  await typeInto(dialog.getByLabel('Probability (%)'), '40')
  await typeInto(dialog.getByLabel('Rotting after (days)'), '14')
  await dialog.getByRole('checkbox', { name: 'Contact' }).check()
  await screenshot(page, 'pipeline-stage-dialog')
  await dialog.getByRole('button', { name: 'Add stage' }).click()

  await expect(dialog).toBeHidden()
  await expect(sales.getByText('Demo was added.')).toBeVisible()
  const stages = sales.getByRole('list', { name: `Stages of ${pipeline.name}, in order` })
  await expect(stages.getByRole('listitem').last()).toContainText('Demo')
  await expect(stages.getByRole('listitem').last()).toContainText('Rotting after 14 days')
  await screenshot(page, 'pipeline-settings')

  await page.reload()
  await expect(stages.getByRole('listitem').last()).toContainText('Demo')
})
