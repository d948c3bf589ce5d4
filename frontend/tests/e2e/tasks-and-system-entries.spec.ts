import { expect, test, type Page } from '@playwright/test'
import {
  addMember,
  defaultPipeline,
  registerOrganization,
  seed,
  signInAs,
  type Organization,
} from './support/api'
import { screenshot } from './support/screenshots'

// Issue 16: a task nobody was assigned to showed nowhere, and the platform's own notes ("Contact
// created", "Deal created") buried the calls. Now a task is its creator's unless someone else is
// named, managers see the ones nobody has, and recorded events are quiet, folded system entries.

let org: Organization
let contactPath = ''

interface Seeded {
  id: string
  version: number
}

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  const pipeline = await defaultPipeline(request, org)
  const contact = await seed<Seeded>(request, org, '/api/contacts', {
    firstName: 'Grace',
    lastName: 'Hopper',
  })
  contactPath = `/contacts/${contact.id}`
  const deal = await seed<Seeded>(request, org, '/api/deals', {
    name: 'Navy compiler',
    value: 5000,
    pipelineId: pipeline.id,
    contactId: contact.id,
  })
  const moved = await request.patch(`/api/deals/${deal.id}`, {
    data: { stageId: pipeline.stages[1]!.id, version: deal.version },
    headers: {
      Authorization: `Bearer ${org.accessToken}`,
      'X-Tenant': org.subdomain,
      'Content-Type': 'application/merge-patch+json',
    },
  })
  if (!moved.ok()) throw new Error(`move: ${moved.status()} ${await moved.text()}`)
})

const timeline = (page: Page) => page.getByRole('region', { name: 'Activity' })
const systemFold = (page: Page) => timeline(page).getByRole('button', { name: /system entries/ })

/** The contact's page once the platform has recorded the three events (they arrive by NATS). */
async function openContactWithItsHistory(page: Page): Promise<void> {
  await expect(async () => {
    await page.goto(contactPath)
    await expect(systemFold(page)).toContainText('3 system entries', { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('dialog').getByRole('textbox', { name: new RegExp(`^${label}`) })
  await field.click()
  await field.pressSequentially(text, { delay: 50 })
}

test('recorded events are folded quietly on the timeline, and the switch hides and shows them', async ({
  page,
}) => {
  await signInAs(page, org)
  await openContactWithItsHistory(page)

  await test.step('log a call: it stands out above the folded history', async () => {
    await timeline(page).getByRole('button', { name: 'Log activity' }).click()
    await page.getByRole('menuitem', { name: 'Call' }).click()
    await typeInto(page, 'Subject', 'Discovery call')
    await page.getByRole('dialog').getByRole('button', { name: 'Log call' }).click()
    await expect(timeline(page).getByText('Call logged.')).toBeVisible()
    await expect(timeline(page).getByRole('article')).toHaveCount(1)
    const fold = systemFold(page)
    await expect(fold).toHaveAttribute('aria-expanded', 'false')
    await expect(fold).toContainText(/Moved from .* to .*, Deal created and 1 more/)
    await expect(timeline(page).getByText('Contact created', { exact: true })).toBeHidden()
    await screenshot(page, 'timeline-system-entries-folded')
  })

  await test.step('the fold opens to one quiet line per recorded event', async () => {
    await systemFold(page).click()
    await expect(systemFold(page)).toHaveAttribute('aria-expanded', 'true')
    const entries = timeline(page).getByRole('list', { name: 'System entries, newest first' })
    await expect(entries.getByRole('listitem')).toHaveCount(3)
    await expect(entries).toContainText('Contact created')
    await expect(entries).toContainText('Navy compiler: 5,000.00')
    await expect(entries.getByRole('button')).toHaveCount(0)
    await screenshot(page, 'timeline-system-entries-open')
  })

  await test.step('the switch hides them (the server leaves them out) and shows them back', async () => {
    const toggle = timeline(page).getByRole('switch', { name: 'System entries' })
    await expect(toggle).toBeChecked()
    const asked = page.waitForRequest((request) => /[?&]kind=LOGGED/.test(request.url()))
    await toggle.click()
    await asked
    await expect(toggle).not.toBeChecked()
    await expect(systemFold(page)).toHaveCount(0)
    await expect(timeline(page).getByRole('article')).toContainText('Discovery call')
    await screenshot(page, 'timeline-system-entries-hidden')
    await toggle.click()
    await expect(systemFold(page)).toContainText('3 system entries')
  })
})

test('a task without a chosen assignee is its creator’s: in My tasks and on the dashboard', async ({
  page,
  request,
}) => {
  await signInAs(page, org)

  await test.step('one added on the contact without touching the assignee', async () => {
    await page.goto(contactPath)
    await timeline(page).getByRole('button', { name: 'Log activity' }).click()
    await page.getByRole('menuitem', { name: 'Task' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a task' })
    await expect(dialog.getByLabel('Assignee').locator('option:checked')).toHaveText(
      'Ada Admin (you)',
    )
    await expect(
      dialog.getByLabel('Assignee').locator('option', { hasText: 'Nobody' }),
    ).toHaveCount(0)
    await typeInto(page, 'Subject', 'Send the manual')
    await dialog.getByRole('button', { name: 'Add task' }).click()
    await expect(dialog).toBeHidden()
  })

  await test.step('one an integrator created through the API, naming nobody, two days late', async () => {
    const task = await seed<{ assigneeId: string | null }>(request, org, '/api/activities', {
      type: 'TASK',
      contactId: contactPath.split('/').pop(),
      subject: 'Call the admiral back',
      dueAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    })
    expect(task.assigneeId).not.toBeNull()
  })

  await test.step('both are under All open in My tasks; the late one is Overdue', async () => {
    await page.goto('/tasks')
    const panel = page.getByRole('tabpanel')
    await expect(panel.getByRole('checkbox', { name: 'Send the manual' })).toBeVisible()
    await expect(panel.getByRole('checkbox', { name: 'Call the admiral back' })).toBeVisible()
    await page.getByRole('tab', { name: 'Overdue' }).click()
    await expect(panel.getByRole('checkbox', { name: 'Call the admiral back' })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Unassigned' })).toBeVisible()
    await screenshot(page, 'my-tasks-default-assignee')
  })

  await test.step('the dashboard counts it as overdue and names it', async () => {
    await page.goto('/')
    const card = page.getByRole('region', { name: 'Tasks due' })
    await expect(card.getByRole('list', { name: 'Tasks due, overdue first' })).toContainText(
      'Call the admiral back',
    )
    await expect(card.getByRole('link', { name: 'Unassigned' })).toBeVisible()
    await screenshot(page, 'dashboard-tasks-due')
  })
})

test('a manager sees a task nobody is assigned to and takes it', async ({ browser, request }) => {
  const manager = await addMember(request, org, 'MANAGER', 'Max Manager')
  const handedBack = await seed<Seeded>(request, org, '/api/activities', {
    type: 'TASK',
    contactId: contactPath.split('/').pop(),
    subject: 'Renew the support contract',
    dueAt: new Date(Date.now() - 86_400_000).toISOString(),
  })
  const cleared = await request.patch(`/api/activities/${handedBack.id}`, {
    data: { assigneeId: null },
    headers: {
      Authorization: `Bearer ${org.accessToken}`,
      'X-Tenant': org.subdomain,
      'Content-Type': 'application/merge-patch+json',
    },
  })
  expect(cleared.status()).toBe(200)

  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await signInAs(page, manager)
    await page.goto('/')
    const card = page.getByRole('region', { name: 'Tasks due' })
    await expect(card.getByRole('link', { name: 'Unassigned' })).toBeVisible()
    await expect(card.getByRole('definition').last()).toHaveText('1')
    await card.getByRole('link', { name: 'Unassigned' }).click()

    await expect(page).toHaveURL(/[?&]assignee=none/)
    await expect(page.getByRole('tab', { name: 'Unassigned' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    const row = page.getByRole('tabpanel').getByRole('listitem').filter({
      hasText: 'Renew the support contract',
    })
    await expect(row.getByText('Overdue', { exact: true })).toBeVisible()
    await screenshot(page, 'my-tasks-unassigned')

    await row.getByRole('button', { name: 'Assign Renew the support contract to me' }).click()
    await expect(page.getByText('Renew the support contract is assigned to you now')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Every task has someone' })).toBeVisible()
    await page.getByRole('tab', { name: 'All open' }).click()
    await expect(
      page.getByRole('tabpanel').getByRole('checkbox', { name: 'Renew the support contract' }),
    ).toBeVisible()
  } finally {
    await context.close()
  }
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the folded history and its switch fit a phone', async ({ page }) => {
    await signInAs(page, org)
    await openContactWithItsHistory(page)
    await systemFold(page).scrollIntoViewIfNeeded()
    await systemFold(page).click()
    await expect(
      timeline(page).getByRole('list', { name: 'System entries, newest first' }),
    ).toBeVisible()
    const toggle = timeline(page).getByRole('switch', { name: 'System entries' })
    await expect(toggle).toBeVisible()
    const box = await timeline(page).boundingBox()
    expect(box!.width).toBeLessThanOrEqual(390)
    await screenshot(page, 'phone-timeline-system-entries')
  })
})
