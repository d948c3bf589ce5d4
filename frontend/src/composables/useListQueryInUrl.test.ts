import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, type Ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ListQuery } from '@/lib/listQuery'
import { useListQueryInUrl } from './useRecordList'

const spec = { filters: ['ownerId', 'tag'], repeatable: ['tag'], sortFields: ['email'] }

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/contacts', component: { render: () => null } }],
  })
  await router.push(url)
  let query!: Ref<ListQuery>
  mount(
    defineComponent({
      setup() {
        query = useListQueryInUrl(spec)
        return () => h('div')
      },
    }),
    { global: { plugins: [router] } },
  )
  return { router, query: () => query }
}

describe('useListQueryInUrl', () => {
  it('starts from the URL of a shared link', async () => {
    const { query } = await mountAt('/contacts?q=ada&sort=-email&tag=vip&tag=eu&bogus=1')
    expect(query().value).toEqual({ q: 'ada', sort: '-email', filters: { tag: ['vip', 'eu'] } })
  })

  it('writes search, filters and sort into the URL, replacing the history entry', async () => {
    const { router, query } = await mountAt('/contacts')
    query().value = { q: 'lovelace', sort: 'email', filters: { ownerId: 'u1' } }
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/contacts?q=lovelace&sort=email&ownerId=u1')
    query().value = { ...query().value, q: '' }
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/contacts?sort=email&ownerId=u1')
  })

  it('follows the URL when the user navigates to another query', async () => {
    const { router, query } = await mountAt('/contacts?q=ada')
    await router.push('/contacts?q=grace&tag=vip')
    await nextTick()
    expect(query().value).toEqual({ q: 'grace', sort: '', filters: { tag: ['vip'] } })
  })
})
