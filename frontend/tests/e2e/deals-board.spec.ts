import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { card, column, drag, holdOver, pickUp } from './support/board'
import { screenshot } from './support/screenshots'
import { changeStage, defaultStages, type StageRecord } from './support/stages'

// The board at the sizes a sales team uses it: every column of the default pipeline on a 1440 px
// screen with headers that stay in sight, a held card showing where the rules let it go, and on
// a phone a board that scrolls by itself under a bottom navigation bar.

let org: Organization
let stages: StageRecord[]
const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost']
const dragged = 'Northwind renewal'
const selected = 'Contoso pilot'

let stageId: (name: string) => string

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  const pipeline = await defaultStages(request, org)
  stages = pipeline.stages
  stageId = pipeline.idOf
  // A lead may only be qualified or lost: Proposal, Negotiation and Closed Won refuse it.
  await changeStage(request, org, pipeline.path, stages[0]!, {
    allowedNextStageIds: [stageId('Qualified'), stageId('Closed Lost')],
  })

  const company = await seed<{ id: string }>(request, org, '/api/companies', { name: 'Fabrikam' })
  // Enough deals for the board to be taller than the screen.
  for (let n = 1; n <= 12; n++) {
    await seed(request, org, '/api/deals', {
      name: `Fabrikam seat ${n}`,
      value: 1000 * n,
      currency: 'USD',
      companyId: company.id,
    })
  }
  await seed(request, org, '/api/deals', {
    name: 'Litware expansion',
    value: 25_000,
    stageId: stageId('Proposal'),
    expectedCloseDate: '2031-03-31',
  })
  // The newest on top of their column.
  await seed(request, org, '/api/deals', { name: selected, value: 800, currency: 'EUR' })
  await seed(request, org, '/api/deals', { name: dragged })
})

const board = (page: Page) => page.getByRole('region', { name: 'Deals board' })

/** Signs in and opens the board, once its cards are there. */
async function openBoard(page: Page): Promise<void> {
  await signInAs(page, org)
  await page.goto('/deals')
  await expect(card(page, 'Lead', 'Fabrikam seat 12')).toBeVisible()
}

/** Collects the deal changes the page sends from now on. */
function dealPatches(page: Page): string[] {
  const sent: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && /\/api\/deals\//.test(request.url()))
      sent.push(request.url())
  })
  return sent
}

/** Whether the element is on screen and the topmost thing at its centre (not under a bar). */
function inSight(page: Page, name: string) {
  return page.getByRole('heading', { name, exact: true }).evaluate((element) => {
    const box = element.getBoundingClientRect()
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
    return box.top >= 0 && box.bottom <= window.innerHeight && element.contains(hit)
  })
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('all six columns fit, and their headers stay in sight as page and board scroll', async ({
    page,
  }) => {
    await openBoard(page)

    const width = await page.evaluate(() => window.innerWidth)
    for (const stage of STAGES) {
      const box = (await column(page, stage).boundingBox())!
      expect(box.x, stage).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, stage).toBeLessThanOrEqual(width)
    }
    expect(
      await board(page).evaluate((element) => element.scrollWidth <= element.clientWidth),
    ).toBe(true)
    await screenshot(page, 'board-desktop')

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const boardBox = (await board(page).boundingBox())!
    await page.mouse.move(boardBox.x + 100, boardBox.y + boardBox.height / 2)
    await page.mouse.wheel(0, 2000)
    await expect.poll(() => board(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(0)
    for (const stage of STAGES) expect(await inSight(page, stage), stage).toBe(true)
    await screenshot(page, 'board-desktop-scrolled', { fullPage: false })
  })

  test('a held card shows which columns take it; a refused one takes nothing', async ({ page }) => {
    const sent = dealPatches(page)
    await openBoard(page)
    const lead = card(page, 'Lead', dragged)
    await expect(lead).toBeVisible()

    await pickUp(page, lead, 'No value')
    await holdOver(page, column(page, 'Proposal'))
    for (const stage of ['Proposal', 'Negotiation', 'Closed Won']) {
      await expect(column(page, stage).getByText('Not from Lead'), stage).toBeVisible()
    }
    for (const stage of ['Qualified', 'Closed Lost']) {
      await expect(column(page, stage).getByText('Drop here'), stage).toBeVisible()
    }
    await expect(column(page, 'Lead').getByText(/Drop here|Not from/)).toHaveCount(0)
    await expect(
      page.getByRole('status').filter({
        hasText: `Moving ${dragged}: it may go to Qualified or Closed Lost.`,
      }),
    ).toBeAttached()
    await screenshot(page, 'board-holding-over-forbidden', { fullPage: false })
    await page.mouse.up()

    await expect(page.getByText('Not from Lead')).toHaveCount(0)
    await expect(
      page.getByRole('status').filter({ hasText: `${dragged} stays in Lead.` }),
    ).toBeAttached()
    await expect(lead).toBeVisible()
    await expect(card(page, 'Proposal', dragged)).toHaveCount(0)
    expect(sent).toEqual([])

    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && response.url().includes('/api/deals/'),
    )
    await drag(page, lead, column(page, 'Qualified'), 'No value')
    expect((await saved).status()).toBe(200)
    await expect(card(page, 'Qualified', dragged)).toBeVisible()
    await expect(lead).toHaveCount(0)
    await page.reload()
    await expect(card(page, 'Qualified', dragged)).toBeVisible()
    await expect(card(page, 'Lead', dragged)).toHaveCount(0)
    expect(sent).toHaveLength(1)
  })

  test('the move select offers only the stages the rules allow', async ({ page }) => {
    await openBoard(page)
    const select = card(page, 'Lead', selected).getByLabel(`Move ${selected} to stage`)
    for (const stage of ['Proposal', 'Negotiation', 'Closed Won']) {
      await expect(select.getByRole('option', { name: stage })).toBeDisabled()
    }
    await expect(select.getByRole('option', { name: 'Qualified' })).toBeEnabled()
    await expect(select.getByRole('option', { name: 'Closed Lost' })).toBeEnabled()

    await select.focus()
    await page.keyboard.press('ArrowDown')
    const moved = card(page, 'Qualified', selected).getByLabel(`Move ${selected} to stage`)
    await expect(moved).toHaveValue(stageId('Qualified'))
    await expect(moved).toBeFocused()
    // Out of Qualified every stage is allowed again.
    await expect(moved.getByRole('option', { name: 'Closed Won' })).toBeEnabled()
  })
})

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the page keeps its width, the board scrolls by itself, the bottom bar navigates', async ({
    page,
  }) => {
    await openBoard(page)
    const fitsWidth = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    expect(await fitsWidth()).toBe(true)

    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav).toBeVisible()
    const navBox = (await nav.boundingBox())!
    expect(navBox.y + navBox.height).toBeCloseTo(844, 0)
    await screenshot(page, 'board-phone', { fullPage: false })

    const boardBox = (await board(page).boundingBox())!
    await page.mouse.move(boardBox.x + boardBox.width / 2, boardBox.y + 40)
    await page.mouse.wheel(700, 0)
    await expect
      .poll(() => board(page).evaluate((element) => element.scrollLeft))
      .toBeGreaterThan(0)
    expect(await page.evaluate(() => window.scrollX)).toBe(0)
    expect(await fitsWidth()).toBe(true)

    // Nothing ends up under the bar: the board's end is above it once the page is at its end.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const end = (await board(page).boundingBox())!
    expect(end.y + end.height).toBeLessThanOrEqual(navBox.y + 1)
    await screenshot(page, 'board-phone-scrolled', { fullPage: false })

    await nav.getByRole('link', { name: 'Contacts' }).click()
    await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Contacts' })).toHaveAttribute(
      'aria-current',
      'page',
    )

    await nav.getByRole('button', { name: 'More' }).click()
    const menu = page.getByRole('menu', { name: 'More' })
    await expect(menu.getByRole('menuitem', { name: 'Settings' })).toBeVisible()
    await screenshot(page, 'phone-more-menu', { fullPage: false })
    await menu.getByRole('menuitem', { name: 'Companies' }).click()
    await expect(page.getByRole('heading', { name: 'Companies', level: 1 })).toBeVisible()
    await expect(menu).toBeHidden()
  })
})
