import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as importsApi from '@/api/imports'
import type { ImportJob, ImportPreview } from '@/api/records'
import { responseError } from '@/testing/axios'
import ImportWizardView from './ImportWizardView.vue'

vi.mock('@/api/imports')

const preview: ImportPreview = {
  encoding: 'windows-1252',
  delimiter: ';',
  headers: ['Vorname', 'E-Mail', 'Firma'],
  sampleRows: [['Ada', 'ada@acme.example', 'Acme']],
  preset: null,
  mapping: { Vorname: 'firstName', 'E-Mail': 'email', Firma: null },
  fields: [
    { key: 'firstName', label: 'First name', required: false },
    { key: 'email', label: 'Email', required: true },
    { key: 'companyName', label: 'Company name', required: false },
  ],
}

function job(dryRun: boolean, extra: Partial<ImportJob> = {}): ImportJob {
  return {
    id: dryRun ? 'dry' : 'run',
    status: 'COMPLETED',
    dryRun,
    fileName: 'kontakte.csv',
    totalRows: 2,
    processedRows: 2,
    percent: 100,
    created: 1,
    updated: 0,
    skipped: 0,
    failed: 1,
    mapping: null,
    failureReason: null,
    outcomes: [
      { row: 2, action: 'CREATE', email: 'ada@acme.example', reason: null },
      { row: 3, action: 'FAIL', email: 'nope', reason: 'email: is not an email address' },
    ],
    errorFileUrl: dryRun ? null : '/api/contacts/import/run/errors',
    createdAt: '2026-11-26T10:00:00Z',
    finishedAt: '2026-11-26T10:00:01Z',
    ...extra,
  }
}

async function mountWizard() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/contacts/import', component: ImportWizardView },
      { path: '/contacts', name: 'contacts', component: { template: '<p/>' } },
    ],
  })
  await router.push('/contacts/import')
  return mount(ImportWizardView, { global: { plugins: [router] }, attachTo: document.body })
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountWizard>>, name: string) {
  const input = wrapper.find('input[type="file"]')
  Object.defineProperty(input.element, 'files', {
    value: [
      new File(['Vorname;E-Mail;Firma\nAda;ada@acme.example;Acme'], name, {
        type: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
      }),
    ],
    configurable: true,
  })
  await input.trigger('change')
  await flushPromises()
}

const button = (wrapper: Awaited<ReturnType<typeof mountWizard>>, text: string) =>
  wrapper.findAll('button').find((candidate) => candidate.text().includes(text))!

describe('ImportWizardView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('reads the file, lets columns be mapped, dry-runs, imports and offers the rejected rows', async () => {
    vi.mocked(importsApi.previewImport).mockResolvedValue(preview)
    vi.mocked(importsApi.startImport).mockImplementation((_file, _mapping, dryRun) =>
      Promise.resolve({ id: dryRun ? 'dry' : 'run', status: 'PENDING' }),
    )
    vi.mocked(importsApi.getImport).mockImplementation((id) => Promise.resolve(job(id === 'dry')))
    const wrapper = await mountWizard()

    await chooseFile(wrapper, 'kontakte.csv')
    expect(wrapper.text()).toContain('windows-1252')
    expect(wrapper.text()).toContain('semicolon separated')
    const company = wrapper.find('select[aria-label="Import column Firma as"]')
    expect((company.element as HTMLSelectElement).value).toBe('')
    await company.setValue('companyName')

    await button(wrapper, 'Check with a dry run').trigger('click')
    await flushPromises()
    expect(vi.mocked(importsApi.startImport).mock.calls[0]!.slice(1)).toEqual([
      { Vorname: 'firstName', 'E-Mail': 'email', Firma: 'companyName' },
      true,
    ])
    expect(wrapper.text()).toContain('Would be created')
    expect(wrapper.text()).toContain('email: is not an email address')

    await button(wrapper, 'Import now').trigger('click')
    await flushPromises()
    expect(vi.mocked(importsApi.startImport).mock.calls[1]![2]).toBe(false)
    const progress = wrapper.find('[role="progressbar"]')
    expect(progress.attributes('aria-valuenow')).toBe('100')
    expect(wrapper.text()).toContain('Import finished')
    expect(button(wrapper, 'Download rejected rows').exists()).toBe(true)
  })

  it('will not start while two columns fill the same field or a required one is missing', async () => {
    vi.mocked(importsApi.previewImport).mockResolvedValue(preview)
    const wrapper = await mountWizard()
    await chooseFile(wrapper, 'kontakte.csv')

    await wrapper.find('select[aria-label="Import column Firma as"]').setValue('email')
    expect(wrapper.text()).toContain('Email is also filled from "E-Mail". Choose one column.')
    expect(button(wrapper, 'Check with a dry run').attributes('disabled')).toBeDefined()

    await wrapper.find('select[aria-label="Import column Firma as"]').setValue('')
    await wrapper.find('select[aria-label="Import column E-Mail as"]').setValue('')
    expect(wrapper.text()).toContain('No column fills Email.')
    expect(button(wrapper, 'Check with a dry run').attributes('disabled')).toBeDefined()
  })

  it('refuses a file that is not a CSV and shows the server’s reason for a bad one', async () => {
    const wrapper = await mountWizard()
    await chooseFile(wrapper, 'contacts.xlsx')
    expect(wrapper.text()).toContain('contacts.xlsx is not a CSV file.')
    expect(importsApi.previewImport).not.toHaveBeenCalled()

    vi.mocked(importsApi.previewImport).mockRejectedValue(
      responseError(400, { title: 'Bad CSV', detail: 'The file has no header row.' }),
    )
    await chooseFile(wrapper, 'empty.csv')
    expect(wrapper.find('[role="alert"]').text()).toContain('The file has no header row.')
  })
})
