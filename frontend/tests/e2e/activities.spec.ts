import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// A rep's day with a customer: a call logged on the contact's page, a follow-up task that is
// already late, found again under My tasks, ticked off there, and seen done on the contact.

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
})

/** Yesterday at 17:00 as a `datetime-local` input takes it (the browser's time zone is ours). */
function yesterdayAt5pm(): string {
  const day = new Date()
  day.setDate(day.getDate() - 1)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T17:00`
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Activity' })
const entry = (page: Page, text: string) =>
  timeline(page).getByRole('listitem').filter({ hasText: text })

async function logActivity(page: Page, type: string): Promise<void> {
  await timeline(page).getByRole('button', { name: 'Log activity' }).click()
  await page.getByRole('menuitem', { name: type }).click()
}

test('a call and a task are logged on a contact, and the task is completed from My tasks', async ({
  page,
}) => {
  await signInAs(page, org)
  let contactPath = ''

  await test.step('create a contact: its page has an activity timeline', async () => {
    await page.goto('/contacts/new')
    await typeInto(page.getByLabel('First name'), 'Grace')
    await typeInto(page.getByLabel('Last name'), 'Hopper')
    await page.getByRole('button', { name: 'Create contact' }).click()
    await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 1 })).toBeVisible()
    contactPath = new URL(page.url()).pathname
    await expect(timeline(page).getByRole('button', { name: 'Log activity' })).toBeVisible()
  })

  await test.step('log a call with its direction, duration and outcome', async () => {
    await logActivity(page, 'Call')
    const dialog = page.getByRole('dialog', { name: 'Log a call' })
    await expect(dialog.getByLabel('Subject')).toBeFocused()
    await typeInto(dialog.getByLabel('Subject'), 'Discovery call')
    await dialog.getByLabel('Direction').selectOption('INBOUND')
    await typeInto(dialog.getByLabel('Duration'), '12:30')
    await typeInto(dialog.getByLabel('Outcome'), 'Left a voicemail')
    await typeInto(dialog.getByLabel('Notes'), 'Asked about <b>pricing</b>.\nCall back on Monday.')
    await screenshot(page, 'activity-log-call')
    await dialog.getByRole('button', { name: 'Log call' }).click()
    await expect(dialog).toBeHidden()
    await expect(timeline(page).getByText('Call logged.')).toBeVisible()
    await expect(entry(page, 'Discovery call')).toBeVisible()
  })

  await test.step('after a reload the call is on the timeline with its details', async () => {
    await page.reload()
    const call = entry(page, 'Discovery call')
    await expect(call).toContainText('Inbound')
    await expect(call).toContainText('12 min 30 s')
    await expect(call).toContainText('Left a voicemail')
    await expect(call).toContainText('by Ada Admin')
    // The notes are text as typed, never markup.
    await expect(call).toContainText('Asked about <b>pricing</b>.')
    await expect(call.locator('b')).toHaveCount(0)
    await expect(call.getByRole('button', { name: 'Edit call Discovery call' })).toBeVisible()
    await screenshot(page, 'activity-timeline-call')
  })

  await test.step('the type filter shows only calls, also after choosing', async () => {
    const calls = timeline(page).getByRole('button', { name: 'Calls', exact: true })
    await calls.click()
    await expect(calls).toHaveAttribute('aria-pressed', 'true')
    await expect(timeline(page).getByRole('listitem')).toHaveCount(1)
    await expect(entry(page, 'Discovery call')).toBeVisible()
    await timeline(page).getByRole('button', { name: 'All', exact: true }).click()
    await expect(calls).toHaveAttribute('aria-pressed', 'false')
  })

  await test.step('add a task due yesterday, assigned to oneself: it is overdue', async () => {
    await logActivity(page, 'Task')
    const dialog = page.getByRole('dialog', { name: 'Add a task' })
    await typeInto(dialog.getByLabel('Subject'), 'Send the proposal')
    await dialog.getByLabel('Due', { exact: true }).fill(yesterdayAt5pm()) // a date picker's field: a person picks the date, nobody types it key by key
    await dialog.getByLabel('Priority').selectOption('HIGH')
    await expect(dialog.getByLabel('Assignee').locator('option:checked')).toHaveText(
      'Ada Admin (you)',
    )
    await screenshot(page, 'activity-add-task')
    await dialog.getByRole('button', { name: 'Add task' }).click()
    await expect(dialog).toBeHidden()
    const task = entry(page, 'Send the proposal')
    await expect(task.getByText('Overdue', { exact: true })).toBeVisible()
    await expect(task.getByRole('checkbox', { name: 'Send the proposal' })).not.toBeChecked()
  })

  await test.step('My tasks lists it under Overdue, with the tab kept in the URL', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My tasks' })
      .click()
    await expect(page.getByRole('heading', { name: 'My tasks', level: 1 })).toBeVisible()
    await page.getByRole('tab', { name: 'Overdue' }).click()
    await expect(page).toHaveURL(/[?&]due=OVERDUE/)
    await page.reload()
    await expect(page.getByRole('tab', { name: 'Overdue' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    const row = page.getByRole('tabpanel').getByRole('listitem').filter({
      hasText: 'Send the proposal',
    })
    await expect(row.getByText('Overdue', { exact: true })).toBeVisible()
    await expect(row.getByText('High priority')).toBeVisible()
    await expect(row.getByRole('link', { name: 'Grace Hopper' })).toBeVisible()
    await screenshot(page, 'my-tasks-overdue')
  })

  await test.step('ticking it completes it and it leaves the list', async () => {
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && /\/api\/activities\//.test(response.url()),
    )
    await page.getByRole('checkbox', { name: 'Send the proposal' }).click()
    expect((await saved).status()).toBe(200)
    await expect(page.getByRole('checkbox', { name: 'Send the proposal' })).toHaveCount(0)
    await expect(page.getByText('Send the proposal is done.')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Nothing overdue' })).toBeVisible()
    await screenshot(page, 'my-tasks-done')
  })

  await test.step('the contact’s timeline shows the task done', async () => {
    await page.goto(contactPath)
    const task = entry(page, 'Send the proposal')
    await expect(task.getByRole('checkbox', { name: 'Send the proposal' })).toBeChecked()
    await expect(task.getByText('Done', { exact: true })).toBeVisible()
    await expect(task.getByText('Overdue', { exact: true })).toHaveCount(0)
    await expect(entry(page, 'Discovery call')).toBeVisible()
    await screenshot(page, 'activity-timeline-task-done')
  })
})
