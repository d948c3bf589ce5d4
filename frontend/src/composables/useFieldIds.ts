import { computed, useId } from 'vue'

/** Ids of a form field, its hint and its error, and the `aria-describedby` that joins them. */
export function useFieldIds(props: { hint?: string; error?: string | null }) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = computed(
    () =>
      [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') ||
      undefined,
  )
  return { id, hintId, errorId, describedBy }
}
