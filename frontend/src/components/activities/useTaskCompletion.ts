import { ref } from 'vue'
import { patchActivity } from '@/api/activities'
import type { Activity, ActivityPatch } from '@/api/activityRecords'
import { parseProblem, type Problem } from '@/api/problem'
import { activityTitle } from './activityLabels'

/** What a screen does with a task being completed (or reopened); the request is the composable's. */
export interface CompletionHooks {
  /** Shows the task as done (or open) at once. */
  apply: (shown: Activity) => void
  /** Puts it back as it was: the server refused, with its problem. */
  undo: (problem: Problem) => void
  /** Takes the task as the server saved it. */
  done: (saved: Activity) => void
}

export interface CompletionFailure {
  taskId: string
  title: string
  detail: string
}

/**
 * Completes and reopens tasks optimistically: the task shows as done at once, then
 * `PATCH {status, version}`; a refusal puts it back and keeps the server's words in `failure`.
 */
export function useTaskCompletion(
  patch: (id: string, patch: ActivityPatch) => Promise<Activity> = patchActivity,
) {
  /** Tasks whose change is on its way (their checkbox waits). */
  const pending = ref<ReadonlySet<string>>(new Set())
  const failure = ref<CompletionFailure | null>(null)
  /** For a polite live region: what just happened. */
  const announcement = ref('')

  function mark(id: string, busy: boolean): void {
    const next = new Set(pending.value)
    if (busy) next.add(id)
    else next.delete(id)
    pending.value = next
  }

  /** Marks `task` done (or open again); resolves to whether the server agreed. */
  async function setDone(task: Activity, done: boolean, hooks: CompletionHooks): Promise<boolean> {
    const status = done ? 'DONE' : 'OPEN'
    if (task.type !== 'TASK' || task.status === status || pending.value.has(task.id)) return false
    const name = activityTitle(task)
    if (failure.value?.taskId === task.id) failure.value = null
    mark(task.id, true)
    hooks.apply({
      ...task,
      status,
      overdue: !done && task.dueAt !== null && Date.parse(task.dueAt) < Date.now(),
      completedAt: done ? new Date().toISOString() : null,
    })
    announcement.value = done ? `Completing ${name}…` : `Reopening ${name}…`
    try {
      const saved = await patch(task.id, { status, version: task.version })
      hooks.done(saved)
      announcement.value = done ? `${name} is done.` : `${name} is open again.`
      return true
    } catch (error) {
      const problem = parseProblem(error)
      hooks.undo(problem)
      failure.value = {
        taskId: task.id,
        title: done ? `${name} was not completed` : `${name} was not reopened`,
        detail: problem.detail,
      }
      announcement.value = `${failure.value.title}. ${problem.detail}`
      return false
    } finally {
      mark(task.id, false)
    }
  }

  return { pending, failure, announcement, setDone }
}
