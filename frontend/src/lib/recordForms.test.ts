import { describe, expect, it } from 'vitest'
import {
  formFieldOf,
  validateCompany,
  validateContact,
  type ContactFormValues,
} from './recordForms'

const contact: ContactFormValues = {
  firstName: 'Ada',
  lastName: '',
  email: '',
  additionalEmails: [],
  phone: '',
  additionalPhones: [],
  title: '',
  companyId: '',
  ownerId: '',
  tags: [],
  street: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  notes: '',
}

describe('contact form', () => {
  it('accepts a contact with only a first name', () => {
    expect(validateContact(contact)).toEqual({})
  })

  it('wants a name or an email, and checks every format the server checks', () => {
    expect(
      validateContact({
        ...contact,
        firstName: ' ',
        email: 'ada@',
        additionalEmails: ['ok@acme.example', 'nope'],
        phone: 'call me',
        additionalPhones: ['+49 30 1234567', 'abc'],
        tags: ['x'.repeat(51)],
        postalCode: '1'.repeat(21),
      }),
    ).toEqual({
      email: 'Enter a valid email address, like name@example.com.',
      additionalEmails: '"nope" is not an email address.',
      phone: 'Enter a phone number, like +1 555 010 9999.',
      additionalPhones: '"abc" is not a phone number.',
      tags: 'Keep each tag to 50 characters.',
      'address.postalCode': 'Use at most 20 characters.',
    })
    expect(validateContact({ ...contact, firstName: '' }).firstName).toBe(
      'Enter a first name, a last name or an email.',
    )
  })

  it('puts server errors about list items beside the list', () => {
    expect(formFieldOf('additionalEmails[3]')).toBe('additionalEmails')
    expect(formFieldOf('customFields.budget')).toBe('customFields.budget')
  })
})

describe('company form', () => {
  const company = {
    name: 'Acme',
    domain: '',
    industry: '',
    size: '',
    website: '',
    parentId: '',
    ownerId: '',
  }

  it('wants a name and a real domain and website', () => {
    expect(validateCompany(company)).toEqual({})
    expect(validateCompany({ ...company, domain: 'https://www.acme.com/about' })).toEqual({})
    expect(validateCompany({ ...company, name: ' ', domain: 'acme', website: 'acme.com' })).toEqual(
      {
        name: 'A company needs a name.',
        domain: 'Enter a domain name such as acme.com.',
        website: 'Enter a web address starting with https://.',
      },
    )
  })
})
