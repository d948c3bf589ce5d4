import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'

// A rep's week beside My tasks: this week's tasks and meetings on their days, the next week and
// back, an entry opening its record; on a phone the week is a list of days, never wider than it.

let org: Organization
let contactId = ''

/** Midnight of this week's Monday, in the time zone the browser and these tests share. */
function thisMonday(): Date {
  const monday = new Date()
  monday.setHours(0, 0, 0, 0)
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  return monday
}

/** `days` after this week's Monday at `hour`:`minute`, local time. */
function at(days: number, hour: number, minute = 0): Date {
  const time = thisMonday()
  time.setDate(time.getDate() + days)
  time.setHours(hour, minute)
  return time
}

/** A local day as the calendar names it: YYYY-MM-DD. */
function dayOf(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`
}

const days = (page: Page) =>
  page.getByRole('list', { name: 'Days of the week' }).getByRole('region')
const day = (page: Page, time: Date) =>
  days(page).filter({ has: page.locator(`time[datetime="${dayOf(time)}"]`) })

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  const contact = await seed<{ id: string }>(request, org, '/api/contacts', {
    firstName: 'Grace',
    lastName: 'Hopper',
  })
  contactId = contact.id
  const task = (subject: string, dueAt: Date, more: object = {}) =>
    seed(request, org, '/api/activities', {
      type: 'TASK',
      contactId,
      subject,
      dueAt: dueAt.toISOString(),
      ...more,
    })
  await task('Send the quote', at(2, 10))
  await task('Call first thing', at(0, 0, 1)) // overdue from Monday's first minute on
  await task('Prepare the agenda', at(1, 9), { status: 'DONE' })
  await task('Follow up on the demo', at(8, 11))
  await seed(request, org, '/api/activities', {
    type: 'MEETING',
    contactId,
    subject: 'Product demo',
    startsAt: at(3, 14).toISOString(),
    endsAt: at(3, 15).toISOString(),
  })
})

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test("the week shows this week's tasks and meetings on their days, the next week and back, and opens a record", async ({
    page,
  }) => {
    await signInAs(page, org)

    await test.step('My tasks switches to the week', async () => {
      await page.goto('/tasks')
      await page
        .getByRole('navigation', { name: 'Show tasks as' })
        .getByRole('link', { name: 'Week' })
        .click()
      await expect(page).toHaveURL(/\/tasks\/week$/)
      await expect(page.getByRole('heading', { name: 'My week', level: 1 })).toBeVisible()
    })

    await test.step("this week's entries sit on their days", async () => {
      await expect(day(page, at(2, 10)).getByRole('link', { name: 'Send the quote' })).toBeVisible()
      await expect(day(page, at(3, 14)).getByRole('link', { name: 'Product demo' })).toBeVisible()
      await expect(day(page, at(0, 0)).getByText('Overdue')).toBeVisible()
      await expect(day(page, at(1, 9)).getByText('Done')).toBeVisible()
      await expect(days(page)).toHaveCount(7)
      await expect(page.getByText('Follow up on the demo')).toBeHidden()
      const sameRow = await page.evaluate(() =>
        [...document.querySelectorAll('section[aria-labelledby^="day-"]')].map(
          (section) => section.getBoundingClientRect().top,
        ),
      )
      expect(new Set(sameRow).size, 'seven columns side by side').toBe(1)
      await screenshot(page, 'calendar-week')
    })

    await test.step('the next week and back, the week kept in the URL', async () => {
      await page.getByRole('button', { name: 'Next week' }).click()
      await expect(page).toHaveURL(new RegExp(`week=${dayOf(at(7, 0))}`))
      await expect(
        day(page, at(8, 11)).getByRole('link', { name: 'Follow up on the demo' }),
      ).toBeVisible()
      await expect(page.getByText('Send the quote')).toBeHidden()
      await screenshot(page, 'calendar-next-week')
      await page.reload()
      await expect(page.getByRole('link', { name: 'Follow up on the demo' })).toBeVisible()

      await page.getByRole('button', { name: 'Previous week' }).click()
      await expect(page).toHaveURL(/\/tasks\/week$/)
      await expect(page.getByRole('link', { name: 'Send the quote' })).toBeVisible()
    })

    await test.step('an entry opens its record', async () => {
      await page.getByRole('link', { name: 'Product demo' }).click()
      await expect(page).toHaveURL(new RegExp(`/contacts/${contactId}$`))
      await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 1 })).toBeVisible()
    })
  })
})

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the week is a list of days that never scrolls sideways', async ({ page }) => {
    await signInAs(page, org)
    await page.goto('/tasks/week')
    await expect(day(page, at(2, 10)).getByRole('link', { name: 'Send the quote' })).toBeVisible()
    await expect(day(page, at(3, 14)).getByRole('link', { name: 'Product demo' })).toBeVisible()
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll('section[aria-labelledby^="day-"]')].map(
        (section) => section.getBoundingClientRect().top,
      ),
    )
    expect(tops, 'one day under the other').toEqual([...tops].sort((a, b) => a - b))
    expect(new Set(tops).size).toBe(7)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'calendar-week-phone')

    await page.getByRole('button', { name: 'Next week' }).click()
    await expect(page.getByRole('link', { name: 'Follow up on the demo' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('link', { name: 'Follow up on the demo' }).click()
    await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 1 })).toBeVisible()
  })
})
