import type { ListQuerySpec } from '@/lib/listQuery'

export const CONTACT_LIST: ListQuerySpec = {
  filters: [
    'ownerId',
    'companyId',
    'tag',
    'createdAfter',
    'createdBefore',
    'updatedAfter',
    'updatedBefore',
  ],
  repeatable: ['tag'],
  sortFields: ['createdAt', 'updatedAt', 'firstName', 'lastName', 'email'],
}

export const CONTACT_SORTS = [
  { value: '', label: 'Newest first (or best match)' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'firstName', label: 'First name A–Z' },
  { value: 'lastName', label: 'Last name A–Z' },
  { value: '-lastName', label: 'Last name Z–A' },
  { value: 'email', label: 'Email A–Z' },
]
