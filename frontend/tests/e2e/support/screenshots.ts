import { mkdirSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots')

/** Saves a full-page screenshot as `NN-name.png`, numbered in the order taken during the run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const number = readdirSync(SCREENSHOT_DIR).filter((file) => file.endsWith('.png')).length + 1
  const file = `${String(number).padStart(2, '0')}-${name}.png`
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true })
}
