import { computed, ref } from 'vue'
import { listMembers } from '@/api/tenants'
import type { Member } from '@/api/types'

// One list for the whole app: owner pickers and owner names need the same few members.
const members = ref<Member[]>([])
let request: Promise<void> | null = null

/** The organization's members (first 100), loaded once, for owner pickers and owner names. */
export function useMembers() {
  function load(): Promise<void> {
    request ??= listMembers({ limit: 100 })
      .then((page) => {
        members.value = page.items
      })
      .catch(() => {
        // Owner names then show as "Unknown"; the pages stay usable.
        request = null
      })
    return request
  }

  void load()

  const byId = computed(() => new Map(members.value.map((member) => [member.id, member])))

  function ownerName(id: string | null): string {
    if (!id) return 'No owner'
    return byId.value.get(id)?.fullName ?? 'Unknown member'
  }

  const options = computed(() =>
    members.value.map((member) => ({ value: member.id, label: member.fullName })),
  )

  return { members, ownerName, options }
}
