import { reactive } from 'vue'
import { getCompany } from '@/api/companies'

// Shared across pages: a contact list shows the same few companies again and again.
const names = reactive(new Map<string, string>())
const pending = new Set<string>()

/** Names of companies by id, fetched once each (contacts carry only the company's id). */
export function useCompanyNames() {
  function want(ids: Iterable<string | null>): void {
    for (const id of ids) {
      if (!id || names.has(id) || pending.has(id)) continue
      pending.add(id)
      getCompany(id)
        .then((company) => names.set(id, company.name))
        .catch(() => names.set(id, 'Unavailable company'))
        .finally(() => pending.delete(id))
    }
  }

  function nameOf(id: string | null): string {
    if (!id) return ''
    return names.get(id) ?? '…'
  }

  function remember(id: string, name: string): void {
    names.set(id, name)
  }

  return { want, nameOf, remember }
}
