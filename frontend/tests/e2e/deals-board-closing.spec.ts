import { expect, test, type Locator, type Page } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { card, column, pickUp } from './support/board'
import { ageDealInStage } from './support/database'
import { screenshot } from './support/screenshots'
import { changeStage, defaultStages } from './support/stages'
import { typeInto } from './support/typing'

// Closing deals on the board: rotting cards stand out, and a held card can be dropped on "Won" or
// "Lost" at the foot of the screen, where the stage rules apply as on the columns.

let org: Organization
const stale = 'Adatum stale offer'
const fresh = 'Fabrikam fresh lead'
const losing = 'Contoso lost cause'

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  const pipeline = await defaultStages(request, org)
  // A lead rots after 7 days and may only be qualified or lost.
  await changeStage(request, org, pipeline.path, pipeline.stages[0]!, {
    rottingDays: 7,
    allowedNextStageIds: [pipeline.idOf('Qualified'), pipeline.idOf('Closed Lost')],
  })
  const old = await seed<{ id: string }>(request, org, '/api/deals', { name: stale, value: 900 })
  ageDealInStage(org.subdomain, old.id, 9)
  await seed(request, org, '/api/deals', { name: fresh, value: 400 })
  await seed(request, org, '/api/deals', { name: losing, value: 700 })
})

const zone = (page: Page, outcome: 'won' | 'lost') =>
  page.getByRole('region', { name: `Drop to mark ${outcome}` })

/** Moves the held card in small steps to the middle of `target`. */
async function holdOverZone(page: Page, target: Locator): Promise<void> {
  const box = (await target.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 25 })
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 4, { steps: 3 })
}

async function openBoard(page: Page): Promise<void> {
  await signInAs(page, org)
  await page.goto('/deals')
  await expect(card(page, 'Lead', fresh)).toBeVisible()
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('a rotting card looks different, in colour and in words', async ({ page }) => {
    await openBoard(page)
    const rotting = card(page, 'Lead', stale)
    await expect(rotting.getByText('Rotting')).toBeVisible()
    await expect(card(page, 'Lead', fresh).getByText('Rotting')).toHaveCount(0)
    const look = (item: Locator) =>
      item.evaluate((element) => {
        const style = getComputedStyle(element)
        return `${style.backgroundColor} ${style.borderLeftWidth}`
      })
    expect(await look(rotting)).not.toBe(await look(card(page, 'Lead', fresh)))
    await screenshot(page, 'board-rotting-card', { fullPage: false })
  })

  test('a card dropped with the mouse on Lost asks why, then is closed', async ({ page }) => {
    await openBoard(page)
    await expect(zone(page, 'lost')).toBeHidden()

    await pickUp(page, card(page, 'Lead', losing), '$700.00')
    await holdOverZone(page, zone(page, 'lost'))
    await expect(zone(page, 'won').getByText('Not from Lead')).toBeVisible()
    await expect(zone(page, 'lost').getByText('Drop here')).toBeVisible()
    await screenshot(page, 'board-held-over-lost-zone', { fullPage: false })
    await page.mouse.up()

    const dialog = page.getByRole('dialog', { name: `Mark ${losing} as lost` })
    await expect(dialog).toBeVisible()
    await typeInto(dialog.getByLabel('Lost reason'), 'No budget this year')
    await dialog.getByRole('button', { name: 'Mark as lost' }).click()
    await expect(dialog).toBeHidden()
    await expect(card(page, 'Closed Lost', losing)).toBeVisible()
    await expect(zone(page, 'lost')).toBeHidden()
    await page.reload()
    await expect(card(page, 'Closed Lost', losing)).toBeVisible()
    await expect(card(page, 'Lead', losing)).toHaveCount(0)
    await screenshot(page, 'board-after-lost-drop', { fullPage: false })
  })

  test('a card let go on a forbidden Won zone stays where it was', async ({ page }) => {
    await openBoard(page)
    let sent = 0
    page.on('request', (request) => {
      if (request.method() === 'PATCH') sent += 1
    })
    await pickUp(page, card(page, 'Lead', fresh), '$400.00')
    await holdOverZone(page, zone(page, 'won'))
    await page.mouse.up()
    await expect(card(page, 'Lead', fresh)).toBeVisible()
    await expect(column(page, 'Closed Won').getByText(fresh)).toHaveCount(0)
    expect(sent).toBe(0)
  })
})
