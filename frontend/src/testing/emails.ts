import type { Attachment, Email, Template } from '@/api/communicationRecords'

/** Test data of the communication-service's email side, with only what a test cares about overridden. */
export function anEmail(id: string, overrides: Partial<Email> = {}): Email {
  return {
    id,
    kind: 'MEMBER',
    status: 'SENT',
    fromName: 'Northwind',
    fromAddress: 'crm@northwind.example',
    replyTo: 'me@acme.example',
    to: ['grace@example.com'],
    cc: [],
    subject: `Email ${id}`,
    html: '<p>Hello</p>',
    text: 'Hello',
    messageId: `<${id}@northwind.example>`,
    inReplyTo: null,
    threadId: 'thread-1',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    sentAt: '2026-11-20T10:00:05Z',
    deliveredAt: null,
    bounceReason: null,
    tracking: true,
    contactId: 'c1',
    companyId: null,
    dealId: null,
    activityId: `a-${id}`,
    sentBy: 'me',
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:05Z',
    engagement: null,
    ...overrides,
  }
}

export function aTemplate(id: string, overrides: Partial<Template> = {}): Template {
  return {
    id,
    name: `Template ${id}`,
    subject: `Subject of ${id}`,
    body: '<p>Hi {{contact.firstName|there}}</p>',
    createdBy: 'me',
    updatedBy: 'me',
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    version: 0,
    ...overrides,
  }
}

export function anAttachment(id: string, overrides: Partial<Attachment> = {}): Attachment {
  return {
    id,
    fileName: `${id}.pdf`,
    contentType: 'application/pdf',
    size: 2048,
    sha256: '0'.repeat(64),
    emailId: null,
    activityId: null,
    createdBy: 'me',
    createdAt: '2026-11-20T10:00:00Z',
    ...overrides,
  }
}
