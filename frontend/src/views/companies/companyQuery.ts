import type { ListQuerySpec } from '@/lib/listQuery'

export const COMPANY_LIST: ListQuerySpec = {
  filters: [
    'ownerId',
    'parentId',
    'industry',
    'createdAfter',
    'createdBefore',
    'updatedAfter',
    'updatedBefore',
  ],
  sortFields: ['name', 'domain', 'createdAt', 'updatedAt'],
}
