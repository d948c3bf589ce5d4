import type { Locator, Page } from '@playwright/test'

/** A stage's column on the deals board (a region named after the stage). */
export const column = (page: Page, stage: string) =>
  page.getByRole('region', { name: stage, exact: true })

/** The card of the deal named `deal` in the column of `stage`. */
export const card = (page: Page, stage: string, deal: string) =>
  column(page, stage).getByRole('listitem').filter({ hasText: deal })

/**
 * Presses the mouse on the card's value (not its link or select, which do not drag) and moves it
 * a little, as a person starts a drag. The board's drag library follows pointer moves (not native
 * drag and drop), so every step is a real mouse move.
 */
export async function pickUp(page: Page, from: Locator, grip: string): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const box = await from.getByText(grip, { exact: true }).boundingBox()
  if (!box) throw new Error('card not on screen')
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 12, start.y + 12, { steps: 4 })
}

/**
 * Moves the held card in small steps over the column `to`, just below its header: the header
 * stays in sight while the board scrolls, so that point is always on the column's cards.
 */
export async function holdOver(page: Page, to: Locator): Promise<void> {
  const header = await to.locator('header').boundingBox()
  if (!header) throw new Error('column not on screen')
  const end = { x: header.x + header.width / 2, y: header.y + header.height + 24 }
  await page.mouse.move(end.x, end.y, { steps: 25 })
  await page.mouse.move(end.x, end.y + 6, { steps: 3 })
}

/** Drags the card by its `grip` text with the mouse onto the column `to`, and drops it. */
export async function drag(page: Page, from: Locator, to: Locator, grip: string): Promise<void> {
  await to.scrollIntoViewIfNeeded()
  await pickUp(page, from, grip)
  await holdOver(page, to)
  await page.mouse.up()
}
