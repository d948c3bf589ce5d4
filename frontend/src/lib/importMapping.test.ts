import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '@/api/records'
import {
  delimiterName,
  hasProblems,
  mappingProblems,
  mappingToSend,
  presetName,
  samplesOf,
  targetOptions,
} from './importMapping'

const fields = [
  { key: 'firstName', label: 'First name', required: false },
  { key: 'email', label: 'Email', required: true },
  { key: 'tags', label: 'Tags', required: false },
]

const preview: ImportPreview = {
  encoding: 'UTF-8',
  delimiter: ';',
  headers: ['First Name', 'E-mail', 'Mail 2', 'Notes'],
  sampleRows: [
    ['Ada', 'ada@acme.example', '', ''],
    ['', 'bob@acme.example', 'b@x.example', 'hi'],
    ['Cy', 'cy@acme.example', '', ''],
    ['Di', 'di@acme.example', '', ''],
  ],
  preset: 'HUBSPOT',
  mapping: { 'First Name': 'firstName', 'E-mail': 'email', 'Mail 2': null, Notes: null },
  fields,
}

describe('import mapping table', () => {
  it('offers every target field, marking required ones, and a way to skip a column', () => {
    expect(targetOptions(fields)).toEqual([
      { value: '', label: 'Don’t import' },
      { value: 'firstName', label: 'First name' },
      { value: 'email', label: 'Email (required)' },
      { value: 'tags', label: 'Tags' },
    ])
  })

  it('accepts the automatic mapping', () => {
    expect(hasProblems(mappingProblems(preview.mapping, fields))).toBe(false)
  })

  it('names both columns when two fill the same field', () => {
    const problems = mappingProblems({ ...preview.mapping, 'Mail 2': 'email' }, fields)
    expect(problems.byHeader).toEqual({
      'E-mail': 'Email is also filled from "Mail 2". Choose one column.',
      'Mail 2': 'Email is also filled from "E-mail". Choose one column.',
    })
  })

  it('names required fields that no column fills', () => {
    expect(mappingProblems({ 'First Name': 'firstName', 'E-mail': null }, fields).missing).toEqual([
      'Email',
    ])
  })

  it('shows the first non-blank sample values of a column', () => {
    expect(samplesOf(preview, 'First Name')).toEqual(['Ada', 'Cy', 'Di'])
    expect(samplesOf(preview, 'Mail 2')).toEqual(['b@x.example'])
    expect(samplesOf(preview, 'Unknown')).toEqual([])
  })

  it('sends every header, ignored ones as null', () => {
    expect(
      mappingToSend(preview, { 'First Name': 'firstName', 'E-mail': 'email', Notes: '' }),
    ).toEqual({
      'First Name': 'firstName',
      'E-mail': 'email',
      'Mail 2': null,
      Notes: null,
    })
  })

  it('describes what was detected', () => {
    expect(delimiterName(';')).toBe('semicolon')
    expect(delimiterName('\t')).toBe('tab')
    expect(presetName('HUBSPOT')).toBe('HubSpot')
    expect(presetName(null)).toBeNull()
  })
})
