import { defineStore } from 'pinia'
import { ref } from 'vue'

/** A confirmation that outlives a navigation ("Ada Lovelace moved to the trash."), shown once. */
export const useNoticeStore = defineStore('notice', () => {
  const message = ref<string | null>(null)

  function show(text: string): void {
    message.value = text
  }

  /** Returns the message and forgets it. */
  function take(): string | null {
    const text = message.value
    message.value = null
    return text
  }

  return { message, show, take }
})
