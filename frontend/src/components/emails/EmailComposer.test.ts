import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as communicationsApi from '@/api/communications'
import { responseError } from '@/testing/axios'
import { signedInAs } from '@/testing/session'
import { anEmail, aTemplate } from '@/testing/emails'
import { useSendingQuotaStore } from '@/stores/sendingQuota'
import EmailComposer from './EmailComposer.vue'

vi.mock('@/api/communications')

const OFFER = aTemplate('t1', { name: 'Offer', subject: 'Offer for {{contact.firstName|friend}}' })

async function mountComposer(props: Record<string, unknown> = {}, pinia: Pinia = createPinia()) {
  const wrapper = mount(EmailComposer, {
    props: { open: true, about: { contactId: 'c1' }, ...props },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

/** The control a label names, as a person finds it. */
function field(wrapper: VueWrapper, label: string) {
  const element = wrapper.findAll('label').find(
    (candidate) =>
      candidate
        .text()
        .replace(/\*|\(required\)/g, '')
        .trim() === label,
  )
  if (!element) throw new Error(`no field labelled ${label}`)
  return wrapper.find(`[id="${element.attributes('for')}"]`)
}

const errorOf = (wrapper: VueWrapper, label: string) => {
  const described = field(wrapper, label).attributes('aria-describedby') ?? ''
  return described
    .split(' ')
    .map((id) => wrapper.find(`[id="${id}"]`))
    .find((element) => element.attributes('role') === 'alert')
    ?.text()
}

const button = (wrapper: VueWrapper, name: string) =>
  wrapper.findAll('button').find((candidate) => candidate.text() === name)!

describe('EmailComposer', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(communicationsApi.listTemplates).mockResolvedValue({
      items: [OFFER],
      nextCursor: null,
    })
    vi.mocked(communicationsApi.listTemplateVariables).mockResolvedValue([
      'contact.firstName',
      'company.name',
    ])
  })

  it.each([
    ['MANAGER', true],
    ['SALES_REP', false],
  ] as const)('with no template yet, a %s is offered to write one: %s', async (role, offered) => {
    vi.mocked(communicationsApi.listTemplates).mockResolvedValue({ items: [], nextCursor: null })
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { template: '<p/>' } },
        {
          path: '/settings/templates/new',
          name: 'settings-template-new',
          component: { template: '<p/>' },
        },
      ],
    })
    await router.push('/')
    const wrapper = mount(EmailComposer, {
      props: { open: true, about: { contactId: 'c1' } },
      global: { plugins: [signedInAs(role), router] },
      attachTo: document.body,
    })
    await flushPromises()
    const link = wrapper.findAll('a').find((a) => a.text().includes('first template'))
    expect(link?.attributes('href') ?? null).toBe(offered ? '/settings/templates/new' : null)
    expect(wrapper.text().includes('An admin or a manager can write templates')).toBe(!offered)
  })

  it('sends a chosen template alone to the contact’s address, and reports it sent', async () => {
    vi.mocked(communicationsApi.sendEmail).mockResolvedValue(anEmail('e1', { status: 'QUEUED' }))
    const wrapper = await mountComposer()
    expect(wrapper.text()).toContain('Empty: to the contact’s email address.')

    await field(wrapper, 'Template').setValue('t1')
    expect((field(wrapper, 'Subject').element as HTMLInputElement).value).toBe(OFFER.subject)
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(communicationsApi.sendEmail).toHaveBeenCalledWith({ templateId: 't1', contactId: 'c1' })
    expect(wrapper.emitted('sent')?.[0]?.[0]).toMatchObject({ id: 'e1' })
  })

  it('sends what the member wrote as escaped HTML, with a variable inserted at the cursor', async () => {
    vi.mocked(communicationsApi.sendEmail).mockResolvedValue(anEmail('e1'))
    const wrapper = await mountComposer()
    await field(wrapper, 'Subject').setValue('Hello')
    const body = field(wrapper, 'Message')
    await body.setValue('Hi ,\n\n<b>bold</b> & more')
    ;(body.element as HTMLTextAreaElement).setSelectionRange(3, 3)
    await body.trigger('focusin')
    await button(wrapper, 'Insert variable').trigger('click')
    await flushPromises()
    await button(wrapper, '{{contact.firstName}}').trigger('click')
    await flushPromises()
    expect((body.element as HTMLTextAreaElement).value).toBe(
      'Hi {{contact.firstName}},\n\n<b>bold</b> & more',
    )

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(communicationsApi.sendEmail).toHaveBeenCalledWith({
      subject: 'Hello',
      body: '<p>Hi {{contact.firstName}},</p>\n<p>&lt;b&gt;bold&lt;/b&gt; &amp; more</p>',
      contactId: 'c1',
    })
  })

  it('previews in a sandboxed frame only, and names the variables without a value', async () => {
    vi.mocked(communicationsApi.previewEmail).mockResolvedValue({
      subject: 'Offer for friend',
      html: '<p>Hi <img src=x onerror=alert(1)></p>',
      text: 'Hi',
      missing: ['contact.firstName'],
    })
    const wrapper = await mountComposer()
    await field(wrapper, 'Template').setValue('t1')
    await button(wrapper, 'Preview').trigger('click')
    await flushPromises()

    expect(communicationsApi.previewEmail).toHaveBeenCalledWith({
      templateId: 't1',
      contactId: 'c1',
    })
    const preview = wrapper.find('section[aria-label="Preview"]')
    expect(preview.text()).toContain('Offer for friend')
    expect(preview.text()).toContain('No value for contact.firstName')
    const frame = preview.find('iframe')
    expect(frame.attributes('sandbox')).toBe('')
    expect(frame.attributes('srcdoc')).toContain('<img src=x onerror=alert(1)>')
    expect(preview.find('img').exists()).toBe(false)
  })

  it('shows a refused recipient on To, and the server’s field errors beside their fields', async () => {
    vi.mocked(communicationsApi.sendEmail)
      .mockRejectedValueOnce(
        responseError(422, {
          code: 'RECIPIENT_SUPPRESSED',
          detail: 'grace@example.com does not receive emails from you (UNSUBSCRIBED).',
          errors: [{ field: 'to', message: 'is on the suppression list' }],
        }),
      )
      .mockRejectedValueOnce(
        responseError(400, {
          detail: 'Invalid request',
          errors: [
            { field: 'cc[0]', message: 'must be a well-formed email address' },
            { field: 'body', message: 'has no text once sanitized' },
          ],
        }),
      )
    const wrapper = await mountComposer()
    await field(wrapper, 'Subject').setValue('Hello')
    await field(wrapper, 'Message').setValue('Hi')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, 'To')).toContain(
      'grace@example.com does not receive emails from you (UNSUBSCRIBED).',
    )
    expect(wrapper.emitted('sent')).toBeUndefined()

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, 'Cc')).toBe('must be a well-formed email address')
    expect(errorOf(wrapper, 'Message')).toBe('has no text once sanitized')
  })

  it('answers an email: its subject with "Re:", its address when To is empty', async () => {
    vi.mocked(communicationsApi.sendEmail).mockResolvedValue(anEmail('e2'))
    const wrapper = await mountComposer({
      replyTo: anEmail('e1', { subject: 'Offer', to: ['grace@example.com'] }),
    })
    expect(wrapper.text()).toContain('Empty: to grace@example.com.')
    await field(wrapper, 'Message').setValue('Thanks!')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(communicationsApi.sendEmail).toHaveBeenCalledWith({
      subject: 'Re: Offer',
      body: '<p>Thanks!</p>',
      contactId: 'c1',
      replyToEmailId: 'e1',
    })
  })

  it('says in the server’s words when the organization’s emails for the day are used up', async () => {
    const limit =
      'Your organization can send 20 emails a day until an admin confirms their email address. The next one can go at 10:00.'
    vi.mocked(communicationsApi.sendEmail).mockRejectedValue(
      responseError(
        429,
        { title: 'Sending limit reached', status: 429, detail: limit },
        { 'Retry-After': '3600' },
      ),
    )
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue({
      confirmed: false,
      limit: 20,
      used: 20,
      resetsAt: '2026-12-08T10:00:00Z',
    })
    const pinia = createPinia()
    await useSendingQuotaStore(pinia).ensure('t1:u1')
    const wrapper = await mountComposer({}, pinia)
    await field(wrapper, 'Subject').setValue('Hello')
    await field(wrapper, 'Message').setValue('Hi')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('Sending limit reached')
    expect(alert.text()).toContain(limit)
    expect(wrapper.text()).not.toContain('Too many attempts')
    expect(wrapper.emitted('sent')).toBeUndefined()
    expect((field(wrapper, 'Message').element as HTMLTextAreaElement).value).toBe('Hi')
    // The banner's count is asked again.
    expect(communicationsApi.getSendingQuota).toHaveBeenCalledTimes(2)
  })
})
