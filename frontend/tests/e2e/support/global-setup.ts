import { mkdirSync, rmSync } from 'node:fs'
import { SCREENSHOT_DIR } from './screenshots'

/** Every run starts with an empty screenshot folder, so the numbers tell the order of this run. */
export default function globalSetup(): void {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
}
