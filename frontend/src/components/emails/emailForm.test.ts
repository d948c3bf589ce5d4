import { describe, expect, it } from 'vitest'
import {
  emailFieldOf,
  escapeHtml,
  formatSize,
  insertAt,
  newEmailDraft,
  replyAddress,
  replySubject,
  textToHtml,
  toPreviewInput,
  toSendInput,
  validateEmailDraft,
  type EmailDraft,
} from './emailForm'

function draft(values: Partial<EmailDraft> = {}): EmailDraft {
  return { ...newEmailDraft(), ...values }
}

const OFFER = { id: 't1', subject: 'Offer for {{contact.firstName|friend}}' }

describe('the plain text of an email as HTML', () => {
  it('escapes everything typed, so that nothing becomes markup', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;',
    )
    expect(textToHtml('<script>alert(1)</script> & more')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    )
  })

  it('wraps paragraphs in <p> and keeps single line breaks as <br>', () => {
    const text = 'Hi {{contact.firstName|there}},\r\n\r\nthe offer:\nline two  \n\n\n\nBest,\nAda\n'
    expect(textToHtml(text)).toBe(
      '<p>Hi {{contact.firstName|there}},</p>\n<p>the offer:<br>line two</p>\n<p>Best,<br>Ada</p>',
    )
  })

  it('makes nothing of empty text', () => {
    expect(textToHtml('')).toBe('')
    expect(textToHtml(' \n\n \t')).toBe('')
  })
})

describe('the send request', () => {
  it('leaves out an empty To (the contact’s address), and sends the body as HTML', () => {
    const input = toSendInput(draft({ subject: ' Hello ', body: 'Hi <you>' }), {
      about: { contactId: 'c1', companyId: null, dealId: undefined },
    })
    expect(input).toEqual({ subject: 'Hello', body: '<p>Hi &lt;you&gt;</p>', contactId: 'c1' })
  })

  it('sends a template alone while its subject is unchanged and the body empty', () => {
    const input = toSendInput(draft({ templateId: 't1', subject: OFFER.subject }), {
      about: { dealId: 'd1', contactId: 'c1' },
      template: OFFER,
    })
    expect(input).toEqual({ templateId: 't1', contactId: 'c1', dealId: 'd1' })
  })

  it('lets the member override the template’s subject and body', () => {
    const input = toSendInput(
      draft({ templateId: 't1', subject: 'A better offer', body: 'Just for you.' }),
      { about: { contactId: 'c1' }, template: OFFER },
    )
    expect(input).toMatchObject({
      templateId: 't1',
      subject: 'A better offer',
      body: '<p>Just for you.</p>',
    })
  })

  it('sends the address, copies, files and the email answered when given', () => {
    const input = toSendInput(
      draft({
        to: ' grace@example.com ',
        cc: ['a@example.com', ' '],
        subject: 'Re: Offer',
        body: 'Yes',
      }),
      {
        about: { contactId: 'c1', companyId: 'co1', dealId: 'd1' },
        replyToEmailId: 'e1',
        attachmentIds: ['f1', 'f2'],
      },
    )
    expect(input).toEqual({
      to: 'grace@example.com',
      cc: ['a@example.com'],
      subject: 'Re: Offer',
      body: '<p>Yes</p>',
      contactId: 'c1',
      companyId: 'co1',
      dealId: 'd1',
      replyToEmailId: 'e1',
      attachmentIds: ['f1', 'f2'],
    })
  })

  it('previews what would be sent for the same records', () => {
    expect(
      toPreviewInput(
        draft({ templateId: 't1', subject: OFFER.subject }),
        { contactId: 'c1' },
        OFFER,
      ),
    ).toEqual({
      templateId: 't1',
      contactId: 'c1',
    })
  })
})

describe('checking the draft before sending', () => {
  it('asks for a subject and a message unless a template gives them', () => {
    expect(validateEmailDraft(draft())).toEqual({
      subject: 'Enter a subject, or choose a template.',
      body: 'Write a message, or choose a template.',
    })
    expect(validateEmailDraft(draft({ templateId: 't1' }))).toEqual({})
  })

  it('checks the addresses given', () => {
    expect(
      validateEmailDraft(draft({ templateId: 't1', to: 'grace', cc: ['ok@example.com', 'nope'] })),
    ).toEqual({
      to: 'Enter a valid email address, like name@example.com.',
      cc: '"nope" is not an email address.',
    })
  })

  it('maps the server’s list fields to the form’s', () => {
    expect(emailFieldOf('cc[3]')).toBe('cc')
    expect(emailFieldOf('attachmentIds[0]')).toBe('attachmentIds')
    expect(emailFieldOf('subject')).toBe('subject')
  })
})

describe('helpers of the composer', () => {
  it('inserts a variable at the cursor, replacing a selection, else at the end', () => {
    expect(insertAt('Hi ,', 3, 3, '{{contact.firstName}}')).toEqual({
      text: 'Hi {{contact.firstName}},',
      caret: 24,
    })
    expect(insertAt('Hi NAME!', 3, 7, '{{x}}')).toEqual({ text: 'Hi {{x}}!', caret: 8 })
    expect(insertAt('Hi', null, null, '{{x}}')).toEqual({ text: 'Hi{{x}}', caret: 7 })
  })

  it('answers in the thread: one "Re:", to its sender when it came in', () => {
    expect(replySubject('Offer')).toBe('Re: Offer')
    expect(replySubject('RE: Offer')).toBe('RE: Offer')
    expect(newEmailDraft({ subject: 'Offer' }).subject).toBe('Re: Offer')
    expect(
      replyAddress({ kind: 'INBOUND', fromAddress: 'grace@x.example', to: ['us@x.example'] }),
    ).toBe('grace@x.example')
    expect(
      replyAddress({ kind: 'MEMBER', fromAddress: 'us@x.example', to: ['grace@x.example'] }),
    ).toBe('grace@x.example')
  })

  it('reads file sizes', () => {
    expect(formatSize(512)).toBe('512 B')
    expect(formatSize(12_700)).toBe('12 KB')
    expect(formatSize(3_250_000)).toBe('3.1 MB')
  })
})
