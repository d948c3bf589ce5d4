import { reactive } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { Activity } from '@/api/activityRecords'
import { getContact } from '@/api/contacts'
import { getDeal } from '@/api/deals'
import type { IconName } from '@/components/ui/icons'
import { useCompanyNames } from '@/composables/useCompanyNames'
import { contactName } from '@/lib/format'

// Shared across pages, like the company names: a task list names the same few records again and again.
const contacts = reactive(new Map<string, string>())
const deals = reactive(new Map<string, string>())
const pending = new Set<string>()

function fetchName(
  names: Map<string, string>,
  id: string,
  fetch: (id: string) => Promise<string>,
  unavailable: string,
): void {
  if (names.has(id) || pending.has(id)) return
  pending.add(id)
  fetch(id)
    .then((name) => names.set(id, name))
    .catch(() => names.set(id, unavailable))
    .finally(() => pending.delete(id))
}

/** What names its records: an activity, an email. */
type RecordIds = Pick<Activity, 'contactId' | 'companyId' | 'dealId'>

export type LinkedKind = 'contact' | 'company' | 'deal'

export const ALL_KINDS: readonly LinkedKind[] = ['contact', 'company', 'deal']

/** A record an activity is about, as a link. */
export interface LinkedRecord {
  key: string
  kind: LinkedKind
  icon: IconName
  name: string
  to: RouteLocationRaw
}

/** The names of the contacts, companies and deals activities are about (they carry only ids). */
export function useLinkedNames() {
  const companies = useCompanyNames()

  /** Fetches the names of the records of these kinds that `activities` (or emails) are about. */
  function want(activities: readonly RecordIds[], kinds: readonly LinkedKind[] = ALL_KINDS): void {
    for (const activity of activities) {
      if (activity.contactId && kinds.includes('contact')) {
        fetchName(
          contacts,
          activity.contactId,
          async (id) => contactName(await getContact(id)),
          'Unavailable contact',
        )
      }
      if (activity.dealId && kinds.includes('deal')) {
        fetchName(
          deals,
          activity.dealId,
          async (id) => (await getDeal(id)).name,
          'Unavailable deal',
        )
      }
    }
    if (kinds.includes('company')) companies.want(activities.map((activity) => activity.companyId))
  }

  /** The records of these kinds that `activity` is about. */
  function linksOf(activity: RecordIds, kinds: readonly LinkedKind[] = ALL_KINDS): LinkedRecord[] {
    const links: LinkedRecord[] = []
    const { contactId, companyId, dealId } = activity
    if (contactId && kinds.includes('contact')) {
      links.push({
        key: `contact-${contactId}`,
        kind: 'contact',
        icon: 'contacts',
        name: contacts.get(contactId) ?? '…',
        to: { name: 'contact', params: { id: contactId } },
      })
    }
    if (companyId && kinds.includes('company')) {
      links.push({
        key: `company-${companyId}`,
        kind: 'company',
        icon: 'organization',
        name: companies.nameOf(companyId),
        to: { name: 'company', params: { id: companyId } },
      })
    }
    if (dealId && kinds.includes('deal')) {
      links.push({
        key: `deal-${dealId}`,
        kind: 'deal',
        icon: 'deals',
        name: deals.get(dealId) ?? '…',
        to: { name: 'deal', params: { id: dealId } },
      })
    }
    return links
  }

  return { want, linksOf }
}
