import { describe, expect, it, vi } from 'vitest'
import type { Activity, ActivityPatch } from '@/api/activityRecords'
import { networkError, responseError } from '@/testing/axios'
import { aTask } from '@/testing/activities'
import { useTaskCompletion, type CompletionHooks } from './useTaskCompletion'

function screen(): CompletionHooks & { log: string[]; shown: Activity[] } {
  const log: string[] = []
  const shown: Activity[] = []
  return {
    log,
    shown,
    apply: vi.fn((task: Activity) => {
      shown.push(task)
      log.push(`apply ${task.status}`)
    }),
    undo: vi.fn(() => log.push('undo')),
    done: vi.fn((saved: Activity) => log.push(`done v${saved.version}`)),
  }
}

describe('useTaskCompletion', () => {
  it('shows the task done at once, then sends the status with the version read', async () => {
    const task = aTask('t1', { version: 3 })
    const patch = vi.fn((_id: string, change: ActivityPatch) =>
      Promise.resolve(aTask('t1', { status: change.status, overdue: false, version: 4 })),
    )
    const completion = useTaskCompletion(patch)
    const hooks = screen()

    const saving = completion.setDone(task, true, hooks)
    expect(hooks.log).toEqual(['apply DONE'])
    expect(hooks.shown[0]).toMatchObject({ status: 'DONE', overdue: false })
    expect(completion.pending.value.has('t1')).toBe(true)

    expect(await saving).toBe(true)
    expect(patch).toHaveBeenCalledWith('t1', { status: 'DONE', version: 3 })
    expect(hooks.log).toEqual(['apply DONE', 'done v4'])
    expect(completion.pending.value.size).toBe(0)
    expect(completion.announcement.value).toBe('Task t1 is done.')
    expect(completion.failure.value).toBeNull()
  })

  it('puts the task back and keeps the server’s words when it refuses', async () => {
    const refusal = responseError(403, {
      title: 'Forbidden',
      detail: 'Only the task’s owner or assignee may change it.',
    })
    const completion = useTaskCompletion(vi.fn().mockRejectedValue(refusal))
    const hooks = screen()

    expect(await completion.setDone(aTask('t1'), true, hooks)).toBe(false)

    expect(hooks.log).toEqual(['apply DONE', 'undo'])
    expect(vi.mocked(hooks.undo).mock.calls[0]![0]).toMatchObject({ status: 403 })
    expect(completion.failure.value).toEqual({
      taskId: 't1',
      title: 'Task t1 was not completed',
      detail: 'Only the task’s owner or assignee may change it.',
    })
    expect(completion.pending.value.size).toBe(0)
  })

  it('says so when the server cannot be reached, and a retry clears the message', async () => {
    const patch = vi
      .fn<(id: string, change: ActivityPatch) => Promise<Activity>>()
      .mockRejectedValueOnce(networkError())
      .mockResolvedValueOnce(aTask('t1', { status: 'DONE', version: 1 }))
    const completion = useTaskCompletion(patch)

    await completion.setDone(aTask('t1'), true, screen())
    expect(completion.failure.value?.detail).toBe(
      'Cannot reach the server. Check your connection and try again.',
    )
    await completion.setDone(aTask('t1'), true, screen())
    expect(completion.failure.value).toBeNull()
  })

  it('reopens a done task, and ignores a second click while the first is on its way', async () => {
    let answer!: (task: Activity) => void
    const patch = vi.fn(() => new Promise<Activity>((resolve) => (answer = resolve)))
    const completion = useTaskCompletion(patch)
    const done = aTask('t1', {
      status: 'DONE',
      overdue: false,
      completedAt: '2026-11-20T10:00:00Z',
      dueAt: '2000-01-01T00:00:00Z',
    })
    const hooks = screen()

    const reopening = completion.setDone(done, false, hooks)
    expect(await completion.setDone(done, false, screen())).toBe(false)
    expect(hooks.shown[0]).toMatchObject({ status: 'OPEN', completedAt: null, overdue: true })
    answer(aTask('t1', { status: 'OPEN' }))
    expect(await reopening).toBe(true)
    expect(patch).toHaveBeenCalledOnce()
    expect(patch).toHaveBeenCalledWith('t1', { status: 'OPEN', version: 0 })
  })

  it('does nothing to what is not an open task', async () => {
    const patch = vi.fn()
    const completion = useTaskCompletion(patch)
    expect(await completion.setDone(aTask('t1', { status: 'DONE' }), true, screen())).toBe(false)
    expect(patch).not.toHaveBeenCalled()
  })
})
