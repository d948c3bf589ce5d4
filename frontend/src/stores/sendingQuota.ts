import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getSendingQuota } from '@/api/communications'
import type { SendingQuota } from '@/api/communicationRecords'

/**
 * The organization's sending limit, asked once per member and page load: the shell shows it on
 * every page, the server is asked again only after what changes it (an email sent or refused, an
 * address confirmed). When it cannot be loaded the banner says less; nothing else depends on it.
 */
export const useSendingQuotaStore = defineStore('sendingQuota', () => {
  const quota = ref<SendingQuota | null>(null)
  /** The member (tenant and user id) the quota was asked for. */
  let askedFor: string | null = null
  let request: Promise<void> | null = null
  /** Only the newest answer is shown. */
  let asked = 0

  function ask(member: string): Promise<void> {
    askedFor = member
    const mine = ++asked
    const current = getSendingQuota()
      .then((loaded) => {
        if (mine === asked) quota.value = loaded
      })
      .catch(() => {
        // Said nowhere: the banner then shows only what the profile tells.
      })
      .finally(() => {
        if (request === current) request = null
      })
    request = current
    return current
  }

  /** Loads the quota unless it was already asked for this member; callers at once share one request. */
  function ensure(member: string): Promise<void> {
    if (askedFor === member) return request ?? Promise.resolve()
    quota.value = null
    return ask(member)
  }

  /** After an email was sent or refused: the count changed, if there is a limit at all. */
  function afterSending(): void {
    // What is shown stays until the new count arrives.
    if (askedFor && quota.value && !quota.value.confirmed) void ask(askedFor)
  }

  /** After an address was confirmed, or on another member: the next `ensure` asks again. */
  function forget(): void {
    asked++
    askedFor = null
    request = null
    quota.value = null
  }

  return { quota, ensure, afterSending, forget }
})
