import { mkdirSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots')

/**
 * Saves a screenshot as `NN-name.png`, numbered in the order taken during the run: the full page,
 * or with `fullPage: false` the screen as it is (a full page draws sticky and fixed bars where
 * the page happens to be scrolled to, not where a person sees them).
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const number = readdirSync(SCREENSHOT_DIR).filter((file) => file.endsWith('.png')).length + 1
  const file = `${String(number).padStart(2, '0')}-${name}.png`
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage })
}
