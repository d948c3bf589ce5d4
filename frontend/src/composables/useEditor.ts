import { ref, type Ref } from 'vue'

/** An editor dialog for a list's items: open on one item, or on none to create a new one. */
export function useEditor<T>() {
  const open = ref(false)
  const editing = ref(null) as Ref<T | null>

  function edit(item: T | null): void {
    editing.value = item
    open.value = true
  }

  function close(): void {
    open.value = false
  }

  return { open, editing, edit, close }
}
