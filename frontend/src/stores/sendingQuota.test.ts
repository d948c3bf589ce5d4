import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as communicationsApi from '@/api/communications'
import { useSendingQuotaStore } from './sendingQuota'

vi.mock('@/api/communications')

const LIMITED = { confirmed: false, limit: 20, used: 3, resetsAt: null }

describe('sending quota store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(communicationsApi.getSendingQuota).mockReset().mockResolvedValue(LIMITED)
  })

  it('asks once per member, however many ask at once or later', async () => {
    const store = useSendingQuotaStore()
    await Promise.all([store.ensure('t1:u1'), store.ensure('t1:u1')])
    await store.ensure('t1:u1')
    expect(communicationsApi.getSendingQuota).toHaveBeenCalledOnce()
    expect(store.quota).toEqual(LIMITED)

    await store.ensure('t2:u9')
    expect(communicationsApi.getSendingQuota).toHaveBeenCalledTimes(2)
  })

  it('asks again after sending only while there is a limit, keeping the count shown', async () => {
    const store = useSendingQuotaStore()
    await store.ensure('t1:u1')
    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue({ ...LIMITED, used: 4 })
    store.afterSending()
    expect(store.quota?.used).toBe(3)
    await vi.waitFor(() => expect(store.quota?.used).toBe(4))

    vi.mocked(communicationsApi.getSendingQuota).mockResolvedValue({
      confirmed: true,
      limit: 20,
      used: 0,
      resetsAt: null,
    })
    store.forget()
    expect(store.quota).toBeNull()
    await store.ensure('t1:u1')
    store.afterSending()
    expect(communicationsApi.getSendingQuota).toHaveBeenCalledTimes(3)
  })

  it('drops an answer asked for before it was forgotten', async () => {
    let answer: (value: typeof LIMITED) => void = () => {}
    vi.mocked(communicationsApi.getSendingQuota).mockReturnValueOnce(
      new Promise((resolve) => (answer = resolve)),
    )
    const store = useSendingQuotaStore()
    const first = store.ensure('t1:u1')
    store.forget()
    answer(LIMITED)
    await first
    expect(store.quota).toBeNull()
  })
})
