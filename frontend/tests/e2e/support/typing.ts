import type { Locator } from '@playwright/test'

/** A person's pace, a little quicker: every key is a keydown, an input event and a keyup. */
export const KEY_DELAY_MS = 25

/**
 * Types into a field key by key, as a person does, after emptying it (select-all and delete): what a
 * field does on each key (a search, a suggestion list, a mask) happens as it would for them.
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.clear()
  await field.pressSequentially(text, { delay: KEY_DELAY_MS })
}
