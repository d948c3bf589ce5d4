import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Email } from '@/api/communicationRecords'
import { anEmail } from '@/testing/emails'
import { networkError, responseError } from '@/testing/axios'
import { EMAIL_POLL_MS, useEmail } from './useEmail'

function withEmail(fetch: (id: string) => Promise<Email>) {
  let state!: ReturnType<typeof useEmail>
  const wrapper = mount(
    defineComponent({
      setup() {
        state = useEmail(fetch)
        return () => h('div')
      },
    }),
  )
  return { state, wrapper }
}

describe('useEmail', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('asks again every few seconds while the email is queued, and stops once it is sent', async () => {
    const answers = [
      anEmail('e1', { status: 'QUEUED' }),
      anEmail('e1', { status: 'QUEUED', attempts: 1, lastError: 'Connection refused' }),
      anEmail('e1', { status: 'SENT' }),
    ]
    const fetch = vi.fn(() => Promise.resolve(answers.shift()!))
    const { state } = withEmail(fetch)

    await state.load('e1')
    expect(state.email.value?.status).toBe('QUEUED')
    expect(state.polling.value).toBe(true)
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS)
    expect(state.email.value?.lastError).toBe('Connection refused')
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS)
    expect(state.email.value?.status).toBe('SENT')
    expect(state.polling.value).toBe(false)
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS * 5)
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('does not ask again about an email that has left the queue', async () => {
    const fetch = vi.fn(() => Promise.resolve(anEmail('e1', { status: 'DELIVERED' })))
    const { state } = withEmail(fetch)
    await state.load('e1')
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS * 3)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(state.polling.value).toBe(false)
  })

  it('stops asking when the page is left', async () => {
    const fetch = vi.fn(() => Promise.resolve(anEmail('e1', { status: 'QUEUED' })))
    const { state, wrapper } = withEmail(fetch)
    await state.load('e1')
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS)
    expect(fetch).toHaveBeenCalledTimes(2)
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS * 5)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(state.polling.value).toBe(false)
  })

  it('follows only the email shown last', async () => {
    const fetch = vi.fn((id: string) => Promise.resolve(anEmail(id, { status: 'QUEUED' })))
    const { state } = withEmail(fetch)
    await state.load('e1')
    await state.load('e2')
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS)
    expect(fetch.mock.calls.map(([id]) => id)).toEqual(['e1', 'e2', 'e2'])
  })

  it('rides out a lost answer while following, but says when the email is not found', async () => {
    const fetch = vi
      .fn<(id: string) => Promise<Email>>()
      .mockResolvedValueOnce(anEmail('e1', { status: 'QUEUED' }))
      .mockRejectedValueOnce(networkError())
      .mockResolvedValueOnce(anEmail('e1', { status: 'SENT' }))
    const { state } = withEmail(fetch)
    await state.load('e1')
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS)
    expect(state.error.value).toBeNull()
    expect(state.email.value?.status).toBe('QUEUED')
    await vi.advanceTimersByTimeAsync(EMAIL_POLL_MS)
    expect(state.email.value?.status).toBe('SENT')

    const missing = withEmail(() =>
      Promise.reject(responseError(404, { detail: 'No such email.' })),
    )
    await missing.state.load('nope')
    expect(missing.state.notFound.value).toBe(true)
    expect(missing.state.loading.value).toBe(false)
    expect(missing.state.email.value).toBeNull()
  })
})
