import { expect, test } from '@playwright/test'
import { registerOrganization, seed, signInAs, type Organization } from './support/api'
import { screenshot } from './support/screenshots'
import { typeInto } from './support/typing'

// A group of companies: the parent exists, the child is added in the app with the parent picker,
// the grandchild comes from an integration; the child's page shows the whole line as a tree.

let org: Organization
let parent: { id: string }

test.beforeAll(async ({ request }) => {
  org = await registerOrganization(request)
  parent = await seed(request, org, '/api/companies', {
    name: 'Globex Holding',
    domain: 'globex.example',
  })
})

test('a parent, child and grandchild company show as a tree', async ({ page, request }) => {
  await signInAs(page, org)

  await test.step('create the child with the parent picker', async () => {
    await page.goto('/companies')
    await expect(page.getByRole('link', { name: 'Globex Holding' })).toBeVisible()
    await screenshot(page, 'companies-list')
    await page.getByRole('link', { name: 'New company' }).first().click()
    await typeInto(page.getByLabel('Name'), 'Globex Europe')
    await typeInto(page.getByLabel('Domain'), 'https://www.globex-europe.example/')
    await typeInto(page.getByRole('combobox', { name: 'Parent company' }), 'Globex')
    await page.getByRole('option', { name: /Globex Holding/ }).click()
    await screenshot(page, 'company-form')
    await page.getByRole('button', { name: 'Create company' }).click()
    await expect(page.getByRole('heading', { name: 'Globex Europe', level: 1 })).toBeVisible()
    await expect(page.getByText('globex-europe.example').first()).toBeVisible()
  })

  const childId = page.url().split('/').pop()!
  await seed(request, org, '/api/companies', { name: 'Globex Berlin', parentId: childId })

  await test.step('the tree shows parent, child and grandchild', async () => {
    await page.reload()
    const tree = page.getByRole('tree', { name: 'Group of Globex Europe' })
    await expect(tree.getByRole('treeitem')).toHaveCount(3)
    const holding = tree.getByRole('treeitem', { name: /Globex Holding/ })
    const europe = tree.getByRole('treeitem', { name: /Globex Europe/ })
    const berlin = tree.getByRole('treeitem', { name: /Globex Berlin/ })
    await expect(holding).toHaveAttribute('aria-level', '1')
    await expect(europe).toHaveAttribute('aria-level', '2')
    await expect(europe).toHaveAttribute('aria-selected', 'true')
    await expect(berlin).toHaveAttribute('aria-level', '3')
    await screenshot(page, 'company-tree')

    await europe.focus()
    await page.keyboard.press('ArrowLeft') // close Europe
    await expect(europe).toHaveAttribute('aria-expanded', 'false')
    await expect(berlin).toBeHidden()
    await page.keyboard.press('ArrowRight') // open it again
    await expect(berlin).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(berlin).toBeFocused()
    await page.keyboard.press('Home')
    await expect(holding).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Globex Holding', level: 1 })).toBeVisible()
  })

  await test.step('a loop is refused with the server’s message', async () => {
    await page.goto(`/companies/${parent.id}/edit`)
    await typeInto(page.getByRole('combobox', { name: 'Parent company' }), 'Berlin')
    await page.getByRole('option', { name: /Globex Berlin/ }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('alert').filter({ hasText: /loop/ })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Parent company' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await screenshot(page, 'company-loop-refused')
  })
})
