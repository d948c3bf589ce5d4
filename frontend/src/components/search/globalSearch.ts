import { refDebounced } from '@vueuse/core'
import { isCancel } from 'axios'
import { ref, watch, type Ref } from 'vue'
import { listCompanies } from '@/api/companies'
import { listContacts } from '@/api/contacts'
import { listDeals } from '@/api/deals'
import { parseProblem } from '@/api/problem'
import { SEARCH_DEBOUNCE_MS } from '@/composables/useRecordList'
import { contactName } from '@/lib/format'
import { searchable } from '@/lib/listQuery'
import { formatMoney } from '@/lib/money'

/** One thing found: where it leads and how it reads. */
export interface Found {
  kind: 'contact' | 'company' | 'deal'
  id: string
  title: string
  detail: string
  to: { name: 'contact' | 'company' | 'deal'; params: { id: string } }
}

export const PER_KIND = 5

/**
 * Contacts, companies and deals together, as the text is typed: asks the three lists (five of each)
 * once typing pauses; a newer question cancels the answers to an older one.
 */
export function useGlobalSearch(text: Ref<string>) {
  const results = ref<Found[]>([])
  const searching = ref(false)
  const error = ref<string | null>(null)
  const asked = ref('')
  const debounced = refDebounced(text, SEARCH_DEBOUNCE_MS)
  let controller: AbortController | null = null

  async function search(q: string): Promise<void> {
    controller?.abort()
    if (!searchable(q)) {
      results.value = []
      asked.value = ''
      searching.value = false
      return
    }
    controller = new AbortController()
    const signal = controller.signal
    searching.value = true
    error.value = null
    try {
      const query = { q: q.trim(), limit: PER_KIND }
      const [contacts, companies, deals] = await Promise.all([
        listContacts(query, signal),
        listCompanies(query, signal),
        listDeals(query, signal),
      ])
      if (signal.aborted) return
      results.value = [
        ...contacts.items.map((c): Found => ({
          kind: 'contact',
          id: c.id,
          title: contactName(c),
          detail: [c.title, c.email].filter(Boolean).join(' · '),
          to: { name: 'contact', params: { id: c.id } },
        })),
        ...companies.items.map((c): Found => ({
          kind: 'company',
          id: c.id,
          title: c.name,
          detail: c.domain ?? '',
          to: { name: 'company', params: { id: c.id } },
        })),
        ...deals.items.map((d): Found => ({
          kind: 'deal',
          id: d.id,
          title: d.name,
          detail: [d.value === null ? null : formatMoney(d.value, d.currency), d.companyName]
            .filter(Boolean)
            .join(' · '),
          to: { name: 'deal', params: { id: d.id } },
        })),
      ]
      asked.value = q.trim()
    } catch (failure) {
      if (signal.aborted || isCancel(failure)) return
      error.value = parseProblem(failure).detail
    } finally {
      if (!signal.aborted) searching.value = false
    }
  }

  watch(debounced, (q) => void search(q))

  return { results, searching, error, asked, cancel: () => controller?.abort() }
}
