import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import type { ImportJob } from '@/api/records'
import { networkError } from '@/testing/axios'
import { useImportJob } from './useImportJob'

function job(status: ImportJob['status'], processedRows: number): ImportJob {
  return {
    id: 'job-1',
    status,
    dryRun: false,
    fileName: 'contacts.csv',
    totalRows: 300,
    processedRows,
    percent: Math.round((processedRows / 300) * 100),
    created: processedRows,
    updated: 0,
    skipped: 0,
    failed: 0,
    mapping: null,
    failureReason: null,
    outcomes: [],
    errorFileUrl: null,
    createdAt: '2026-11-26T10:00:00Z',
    finishedAt: status === 'COMPLETED' ? '2026-11-26T10:00:03Z' : null,
  }
}

function withJob(fetch: (id: string) => Promise<ImportJob>) {
  let state!: ReturnType<typeof useImportJob>
  const wrapper = mount(
    defineComponent({
      setup() {
        state = useImportJob(fetch)
        return () => h('div')
      },
    }),
  )
  return { state, wrapper }
}

describe('useImportJob', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('asks every second until the job is completed, then stops', async () => {
    const answers = [
      job('PENDING', 0),
      job('RUNNING', 100),
      job('RUNNING', 200),
      job('COMPLETED', 300),
    ]
    const fetch = vi.fn(() => Promise.resolve(answers.shift()!))
    const { state } = withJob(fetch)

    await state.follow('job-1')
    expect(state.job.value?.status).toBe('PENDING')
    await vi.advanceTimersByTimeAsync(1000)
    expect(state.job.value?.percent).toBe(33)
    await vi.advanceTimersByTimeAsync(2000)
    expect(state.job.value?.status).toBe('COMPLETED')
    expect(state.watching.value).toBe(false)
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetch).toHaveBeenCalledTimes(4)
  })

  it('rides out a few lost answers but reports a lasting failure', async () => {
    const fetch = vi.fn(() => Promise.reject(networkError()))
    const { state } = withJob(fetch)
    await state.follow('job-1')
    expect(state.error.value).toBeNull()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(fetch).toHaveBeenCalledTimes(5)
    expect(state.error.value).toBe('Cannot reach the server. Check your connection and try again.')
    expect(state.watching.value).toBe(false)
  })

  it('stops asking when the page is left', async () => {
    const fetch = vi.fn(() => Promise.resolve(job('RUNNING', 10)))
    const { state, wrapper } = withJob(fetch)
    await state.follow('job-1')
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
