import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as communicationsApi from '@/api/communications'
import { responseError } from '@/testing/axios'
import TemplatePreview from './TemplatePreview.vue'

vi.mock('@/api/communications')
vi.mock('@/api/contacts')
vi.mock('@/api/deals')

describe('TemplatePreview', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the sanitized html only inside a sandboxed frame, with the missing variables', async () => {
    vi.mocked(communicationsApi.previewEmail).mockResolvedValue({
      subject: 'Hi there',
      html: '<p>Hello <b>you</b></p>',
      text: 'Hello you',
      missing: ['contact.firstName'],
    })
    const wrapper = mount(TemplatePreview, {
      props: { subject: 'Hi {{contact.firstName|there}}', body: '<p>Hello <b>you</b></p>' },
      global: { plugins: [createPinia()] },
    })
    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(communicationsApi.previewEmail).toHaveBeenCalledWith(
      { subject: 'Hi {{contact.firstName|there}}', body: '<p>Hello <b>you</b></p>' },
      expect.any(AbortSignal),
    )
    const frame = wrapper.find('iframe')
    expect(frame.attributes('sandbox')).toBe('')
    expect(frame.attributes('srcdoc')).toContain('<body><p>Hello <b>you</b></p></body>')
    // the markup is never part of the page itself
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('Hi there')
    expect(wrapper.text()).toContain('{{contact.firstName}}')
  })

  it("shows the server's words for a template it refuses", async () => {
    vi.mocked(communicationsApi.previewEmail).mockRejectedValue(
      responseError(400, {
        detail: 'Some fields are not valid.',
        errors: [{ field: 'body', message: '{{bogus}} is not a variable' }],
      }),
    )
    const wrapper = mount(TemplatePreview, {
      props: { subject: 'Hi', body: '{{bogus}}' },
      global: { plugins: [createPinia()] },
    })
    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(wrapper.text()).toContain('body: {{bogus}} is not a variable')
    expect(wrapper.find('iframe').exists()).toBe(false)
  })
})
