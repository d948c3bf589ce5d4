import { isEmail, isPhone, isWebAddress } from './formats'

/** Client checks of the contact and company forms, mirroring ContactData / CompanyData. */

export interface ContactFormValues {
  firstName: string
  lastName: string
  email: string
  additionalEmails: string[]
  phone: string
  additionalPhones: string[]
  title: string
  companyId: string
  ownerId: string
  tags: string[]
  street: string
  city: string
  region: string
  postalCode: string
  country: string
  notes: string
}

export interface CompanyFormValues {
  name: string
  domain: string
  industry: string
  size: string
  website: string
  parentId: string
  ownerId: string
}

type Errors = Record<string, string>

function tooLong(errors: Errors, field: string, value: string, max: number): void {
  if (value.trim().length > max)
    errors[field] = `Use at most ${max.toLocaleString('en')} characters.`
}

export function validateContact(values: ContactFormValues): Errors {
  const errors: Errors = {}
  const blank = (value: string) => value.trim() === ''
  if (blank(values.firstName) && blank(values.lastName) && blank(values.email)) {
    errors.firstName = 'Enter a first name, a last name or an email.'
  }
  tooLong(errors, 'firstName', values.firstName, 100)
  tooLong(errors, 'lastName', values.lastName, 100)
  if (!blank(values.email) && !isEmail(values.email.trim())) {
    errors.email = 'Enter a valid email address, like name@example.com.'
  }
  const badEmail = values.additionalEmails.find((email) => !isEmail(email.trim()))
  if (badEmail) errors.additionalEmails = `"${badEmail}" is not an email address.`
  else if (values.additionalEmails.length > 10) errors.additionalEmails = 'Add at most 10 emails.'
  if (!blank(values.phone) && !isPhone(values.phone)) {
    errors.phone = 'Enter a phone number, like +1 555 010 9999.'
  }
  const badPhone = values.additionalPhones.find((phone) => !isPhone(phone))
  if (badPhone) errors.additionalPhones = `"${badPhone}" is not a phone number.`
  else if (values.additionalPhones.length > 10) errors.additionalPhones = 'Add at most 10 phones.'
  tooLong(errors, 'title', values.title, 150)
  const longTag = values.tags.find((tag) => tag.trim().length > 50)
  if (longTag) errors.tags = 'Keep each tag to 50 characters.'
  else if (values.tags.length > 30) errors.tags = 'Add at most 30 tags.'
  tooLong(errors, 'address.street', values.street, 200)
  tooLong(errors, 'address.city', values.city, 100)
  tooLong(errors, 'address.region', values.region, 100)
  tooLong(errors, 'address.postalCode', values.postalCode, 20)
  tooLong(errors, 'address.country', values.country, 100)
  tooLong(errors, 'notes', values.notes, 10_000)
  return errors
}

const DOMAIN_PATTERN = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+\.?$/i

export function validateCompany(values: CompanyFormValues): Errors {
  const errors: Errors = {}
  if (values.name.trim() === '') errors.name = 'A company needs a name.'
  tooLong(errors, 'name', values.name, 200)
  const domain = values.domain
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[/:].*$/, '')
  if (domain !== '' && !DOMAIN_PATTERN.test(domain) && !/[^\x00-\x7F]/.test(domain)) {
    errors.domain = 'Enter a domain name such as acme.com.'
  }
  if (values.website.trim() !== '' && !isWebAddress(values.website.trim())) {
    errors.website = 'Enter a web address starting with https://.'
  }
  tooLong(errors, 'industry', values.industry, 100)
  return errors
}

/** The form field a server error belongs to: `additionalEmails[2]` belongs to `additionalEmails`. */
export function formFieldOf(serverField: string): string {
  return serverField.replace(/\[\d+\]/g, '')
}

/** Text as the API wants it: trimmed, blank as null. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim())
