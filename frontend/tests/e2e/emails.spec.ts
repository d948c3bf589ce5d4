import { expect, test, type Page } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { uniqueRun } from './support/people'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// A rep emails a customer from the contact's page with the organization's offer template: the
// preview fills in the name, the email lands on the timeline, goes out through the SMTP sink, and
// its page shows it sent with the message as sanitized HTML.

const MAIL_API = process.env.CRM_MAIL_API_URL ?? 'http://127.0.0.1:8025'

let org: Organization

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  await seed(request, org, '/api/communications/templates', {
    name: 'Offer',
    subject: 'Offer for {{contact.firstName|friend}}',
    // The image's handler and the script must not survive the sanitizer.
    body:
      '<p>Hello {{contact.firstName|there}}, here is our <strong>offer</strong>.</p>' +
      '<p><img src="https://example.com/x.png" alt="logo" onerror="alert(1)"></p>' +
      '<script>alert(2)</script>',
  })
})

const timeline = (page: Page) => page.getByRole('region', { name: 'Activity' })

test('an email from a template is previewed, sent, and followed until it is sent', async ({
  page,
  request,
}) => {
  await signInAs(page, org)
  const address = `grace.${uniqueRun().suffix}@example.com`

  await test.step('create a contact with an email address', async () => {
    await page.goto('/contacts/new')
    await typeInto(page.getByLabel('First name'), 'Grace')
    await typeInto(page.getByLabel('Last name'), 'Hopper')
    await typeInto(page.getByLabel('Email', { exact: true }), address)
    await page.getByRole('button', { name: 'Create contact' }).click()
    await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 1 })).toBeVisible()
  })

  const dialog = page.getByRole('dialog', { name: 'Send an email' })

  await test.step('open the composer and pick the template', async () => {
    await timeline(page).getByRole('button', { name: 'Send email' }).click()
    await expect(dialog).toBeVisible()
    await expect(dialog.getByText('Empty: to the contact’s email address.')).toBeVisible()
    await dialog.getByLabel('Template').selectOption({ label: 'Offer' })
    await expect(dialog.getByLabel('Subject')).toHaveValue('Offer for {{contact.firstName|friend}}')
  })

  await test.step('the preview fills in the contact’s first name', async () => {
    const preview = dialog.getByRole('region', { name: 'Preview' })
    // The communication-service learns of the new contact from its event: ask until it has.
    await expect(async () => {
      await dialog.getByRole('button', { name: 'Preview' }).click()
      await expect(preview).toContainText('Offer for Grace', { timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    const frame = preview.locator('iframe')
    await expect(frame).toHaveAttribute('sandbox', '')
    await expect(frame.contentFrame().getByText('Hello Grace, here is our offer.')).toBeVisible()
    await screenshot(page, 'email-composer-preview')
  })

  await test.step('send: the email is queued and shows on the timeline', async () => {
    const sent = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && response.url().endsWith('/emails/send'),
    )
    await dialog.getByRole('button', { name: 'Send', exact: true }).click()
    expect((await sent).status()).toBe(202)
    await expect(dialog).toBeHidden()
    await expect(timeline(page).getByText('Email queued')).toBeVisible()
    const entry = timeline(page).getByRole('listitem').filter({ hasText: 'Offer for Grace' })
    await expect(entry).toBeVisible()
    await expect(entry.getByRole('link', { name: 'View email' })).toBeVisible()
    await screenshot(page, 'email-on-timeline')
  })

  await test.step('its page follows it until it is sent, and shows the sanitized message', async () => {
    await timeline(page)
      .getByRole('listitem')
      .filter({ hasText: 'Offer for Grace' })
      .getByRole('link', { name: 'View email' })
      .click()
    await expect(page).toHaveURL(/\/emails\/[0-9a-f-]+$/)
    await expect(page.getByRole('heading', { name: 'Offer for Grace', level: 1 })).toBeVisible()
    // The local SMTP sink takes everything: the page asks again until the status changes.
    await expect(page.getByText('The mail server took it.')).toBeVisible({ timeout: 60_000 })
    await expect(page.getByText('Sent', { exact: true }).first()).toBeVisible()
    await expect(page.getByText(address).first()).toBeVisible()

    const message = page.getByTitle('Message: Offer for Grace')
    await expect(message).toHaveAttribute('sandbox', '')
    const body = message.contentFrame()
    await expect(body.getByText('Hello Grace, here is our offer.')).toBeVisible()
    await expect(body.locator('strong')).toHaveText('offer')
    await expect(body.locator('script')).toHaveCount(0)
    await expect(body.locator('[onerror]')).toHaveCount(0)

    const thread = page.getByRole('list', { name: 'Emails of the thread, oldest first' })
    await expect(thread.locator('[aria-current="page"]')).toContainText('Offer for Grace')
    await expect(page.getByRole('link', { name: 'Grace Hopper' }).first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Reply' })).toBeVisible()
    await screenshot(page, 'email-sent')
  })

  await test.step('the SMTP sink received it with the filled-in subject', async () => {
    await expect
      .poll(
        async () => {
          const response = await request.get(
            `${MAIL_API}/api/messages?to=${encodeURIComponent(address)}`,
          )
          if (!response.ok()) return []
          const messages = (await response.json()) as { subject: string }[]
          return messages.map((message) => message.subject)
        },
        { timeout: 30_000 },
      )
      .toContain('Offer for Grace')
  })
})
