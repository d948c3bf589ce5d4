import { computed, useTemplateRef } from 'vue'

/**
 * The <form> that a child component (a `FormDialog`, a `RecordFormPage`) renders and exposes as
 * `form`, found through the child's template ref `name`: what `useForm` needs.
 */
export function useChildForm(name: string) {
  const child = useTemplateRef<{ form: HTMLFormElement | null }>(name)
  return computed(() => child.value?.form ?? null)
}
