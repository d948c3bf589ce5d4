import { describe, expect, it } from 'vitest'
import type { Template } from '@/api/communicationRecords'
import { insertAt, variableTag } from '@/components/emails/emailForm'
import { previewable, templateInput, templateValues, validateTemplate } from './templateDraft'

const saved: Template = {
  id: 't1',
  name: 'Welcome',
  subject: 'Hi {{contact.firstName|there}}',
  body: '<p>Hello</p>',
  createdBy: 'u1',
  updatedBy: 'u1',
  createdAt: '2026-11-27T10:00:00Z',
  updatedAt: '2026-11-27T10:00:00Z',
  version: 4,
}

describe('template form', () => {
  it('sends name and subject trimmed, the body as written, and the version when editing', () => {
    const values = { name: ' Welcome ', subject: ' Hi {{contact.firstName}} ', body: ' <p>x</p>\n' }
    expect(templateInput(values, null)).toEqual({
      name: 'Welcome',
      subject: 'Hi {{contact.firstName}}',
      body: ' <p>x</p>\n',
    })
    expect(templateInput(values, saved)).toMatchObject({ version: 4 })
    expect(templateValues(saved)).toEqual({
      name: 'Welcome',
      subject: 'Hi {{contact.firstName|there}}',
      body: '<p>Hello</p>',
    })
    expect(templateValues(null)).toEqual({ name: '', subject: '', body: '' })
  })

  it('refuses what the server refuses', () => {
    expect(validateTemplate(templateValues(saved))).toEqual({})
    expect(validateTemplate({ name: ' ', subject: '', body: '  ' })).toEqual({
      name: 'Give the template a name.',
      subject: 'Write a subject.',
      body: 'Write the email.',
    })
    expect(
      validateTemplate({ name: 'x'.repeat(121), subject: 'a\nb', body: 'x'.repeat(100_001) }),
    ).toEqual({
      name: 'Use at most 120 characters.',
      subject: 'Keep the subject on one line.',
      body: 'Use at most 100,000 characters.',
    })
  })

  it('inserts a variable at the cursor, or in place of the selection', () => {
    const tag = variableTag('contact.firstName')
    expect(tag).toBe('{{contact.firstName}}')
    expect(insertAt('<p>Hi !</p>', 6, 6, tag)).toEqual({
      text: '<p>Hi {{contact.firstName}}!</p>',
      caret: 27,
    })
    expect(insertAt('Dear NAME,', 5, 9, tag)).toEqual({
      text: 'Dear {{contact.firstName}},',
      caret: 26,
    })
    // a cursor beyond the text (stale) lands at its end
    expect(insertAt('Hi', 10, 12, tag).text).toBe('Hi{{contact.firstName}}')
    expect(insertAt('', 0, 0, tag)).toEqual({ text: tag, caret: tag.length })
  })

  it('previews once there is a subject or a body', () => {
    expect(previewable({ subject: ' ', body: '' })).toBe(false)
    expect(previewable({ subject: 'Hi', body: '' })).toBe(true)
  })
})
