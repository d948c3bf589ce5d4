import { nextTick, ref, type Ref } from 'vue'
import { parseProblem, type Problem } from '@/api/problem'
import type { FieldErrors } from '@/lib/validation'

/**
 * Submission state of one form: validates before sending, puts the server's field errors beside
 * the fields it knows and everything else in one alert, and moves focus to the first bad field.
 * `formElement` is the <form> (from `useTemplateRef`), searched for the first invalid field.
 * `fieldOf` maps a server field name to the form's (e.g. `tags[2]` to `tags`).
 */
export function useForm<K extends string>(
  fields: readonly K[],
  formElement: Readonly<Ref<HTMLFormElement | null>>,
  fieldOf: (serverField: string) => string = (name) => name,
) {
  const errors = ref({}) as Ref<FieldErrors<K>>
  const alert = ref<string | null>(null)
  const problem = ref<Problem | null>(null)
  const submitting = ref(false)

  function isField(name: string): name is K {
    return (fields as readonly string[]).includes(name)
  }

  async function focusFirstInvalid(): Promise<void> {
    await nextTick()
    formElement.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }

  function clearError(field: K): void {
    if (!errors.value[field]) return
    const remaining = { ...errors.value }
    delete remaining[field]
    errors.value = remaining
  }

  function showProblem(failure: Problem): void {
    const known: FieldErrors<K> = {}
    const others: string[] = []
    for (const [serverField, message] of Object.entries(failure.fieldErrors)) {
      const field = fieldOf(serverField)
      if (isField(field)) known[field] ??= message
      else others.push(message)
    }
    errors.value = known
    const hasKnown = Object.keys(known).length > 0
    alert.value = hasKnown
      ? others.length
        ? others.join(' ')
        : null
      : [failure.detail, ...others].join(' ')
  }

  /** Runs `action` if `validate` finds nothing; resolves to whether it succeeded. */
  async function submit(
    validate: () => FieldErrors<K>,
    action: () => Promise<void>,
  ): Promise<boolean> {
    if (submitting.value) return false
    alert.value = null
    problem.value = null
    errors.value = validate()
    if (Object.keys(errors.value).length > 0) {
      await focusFirstInvalid()
      return false
    }
    submitting.value = true
    try {
      await action()
      return true
    } catch (error) {
      problem.value = parseProblem(error)
      showProblem(problem.value)
      await focusFirstInvalid()
      return false
    } finally {
      submitting.value = false
    }
  }

  return { errors, alert, problem, submitting, submit, clearError }
}
