import { nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue'

/**
 * Keyboard and pointer behaviour of a menu button (WAI-ARIA menu button pattern): Enter, Space
 * or arrows open it, arrows, Home and End move between items, Escape closes and returns focus,
 * Tab or a click elsewhere closes it.
 */
export function useMenu(button: Ref<HTMLElement | null>, menu: Ref<HTMLElement | null>) {
  const open = ref(false)

  function items(): HTMLElement[] {
    return Array.from(menu.value?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])
  }

  function focusItem(index: number): void {
    const list = items()
    if (list.length === 0) return
    list[(index + list.length) % list.length]?.focus()
  }

  async function show(focus: 'first' | 'last' = 'first'): Promise<void> {
    open.value = true
    await nextTick()
    focusItem(focus === 'first' ? 0 : -1)
  }

  function close(returnFocus = true): void {
    open.value = false
    if (returnFocus) button.value?.focus()
  }

  function toggle(): void {
    if (open.value) close()
    else void show()
  }

  function onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      void show('first')
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      void show('last')
    }
  }

  function onMenuKeydown(event: KeyboardEvent): void {
    const list = items()
    const current = list.indexOf(document.activeElement as HTMLElement)
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        focusItem(current + 1)
        break
      case 'ArrowUp':
        event.preventDefault()
        focusItem(current - 1)
        break
      case 'Home':
        event.preventDefault()
        focusItem(0)
        break
      case 'End':
        event.preventDefault()
        focusItem(-1)
        break
      case 'Escape':
        event.preventDefault()
        close()
        break
      case 'Tab':
        close(false)
        break
    }
  }

  function onPointerDown(event: PointerEvent): void {
    const target = event.target as Node | null
    if (target && !button.value?.contains(target) && !menu.value?.contains(target)) close(false)
  }

  watch(open, (isOpen) => {
    if (isOpen) document.addEventListener('pointerdown', onPointerDown)
    else document.removeEventListener('pointerdown', onPointerDown)
  })
  onBeforeUnmount(() => document.removeEventListener('pointerdown', onPointerDown))

  return { open, show, close, toggle, onButtonKeydown, onMenuKeydown }
}
