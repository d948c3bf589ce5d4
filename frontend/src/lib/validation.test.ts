import { describe, expect, it } from 'vitest'
import type { RegisterOrganizationRequest } from '@/api/types'
import {
  emailError,
  newPasswordError,
  subdomainError,
  suggestSubdomain,
  trashRetentionError,
  validateAcceptInvitation,
  validateForgotPassword,
  validateInvitation,
  validateNewPassword,
  validateRegistration,
  validateSignIn,
} from './validation'

const valid: RegisterOrganizationRequest = {
  organizationName: 'Acme Corporation',
  subdomain: 'acme',
  adminEmail: 'ada@acme.example',
  adminPassword: 'correct-horse',
  adminFullName: 'Ada Admin',
}

describe('registration form', () => {
  it('accepts a complete registration', () => {
    expect(validateRegistration(valid)).toEqual({})
  })

  it('reports every missing field at once', () => {
    expect(
      validateRegistration({
        organizationName: ' ',
        subdomain: '',
        adminEmail: '',
        adminPassword: '',
        adminFullName: '  ',
      }),
    ).toEqual({
      organizationName: "Enter the organization's name.",
      subdomain: 'Choose a subdomain.',
      adminFullName: 'Enter your full name.',
      adminEmail: 'Enter an email address.',
      adminPassword: 'Enter a password.',
    })
  })

  it.each([
    ['abc', undefined],
    ['a'.repeat(40), undefined],
    ['acme-sales-2', undefined],
    ['42north', undefined],
    ['  Acme ', undefined],
    ['ab', 'Use 3 to 40 characters.'],
    ['a'.repeat(41), 'Use 3 to 40 characters.'],
    [
      '-acme',
      'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ],
    [
      'acme-',
      'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ],
    [
      'ac_me',
      'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ],
    [
      'acmé',
      'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ],
    [
      'ac me',
      'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ],
  ])('checks the subdomain %j', (subdomain, message) => {
    expect(subdomainError(subdomain)).toBe(message)
  })

  it.each(['www', 'api', 'admin', 'app', 'ADMIN'])('refuses the reserved subdomain %j', (name) => {
    expect(subdomainError(name)).toBe(
      `"${name.toLowerCase()}" is reserved. Choose another subdomain.`,
    )
  })

  it.each([
    ['ada@acme.example', undefined],
    [' ada@acme.example ', undefined],
    ['ada@acme', 'Enter a valid email address, like name@example.com.'],
    ['ada.acme.example', 'Enter a valid email address, like name@example.com.'],
    ['ada @acme.example', 'Enter a valid email address, like name@example.com.'],
  ])('checks the email %j', (email, message) => {
    expect(emailError(email)).toBe(message)
  })

  it('wants a password of at least 10 characters', () => {
    expect(newPasswordError('123456789')).toBe('Use at least 10 characters.')
    expect(newPasswordError('1234567890')).toBeUndefined()
    expect(validateRegistration({ ...valid, adminPassword: 'short' })).toEqual({
      adminPassword: 'Use at least 10 characters.',
    })
  })

  it('offers a subdomain made from the organization name', () => {
    expect(suggestSubdomain('Acme Corporation')).toBe('acme-corporation')
    expect(suggestSubdomain('  Müller & Söhne GmbH ')).toBe('muller-sohne-gmbh')
    expect(suggestSubdomain('!!!')).toBe('')
    expect(suggestSubdomain(`${'a'.repeat(39)} b`)).toBe('a'.repeat(39))
  })
})

describe('other forms', () => {
  it('sign-in only needs something in each field and a plausible email', () => {
    expect(validateSignIn({ tenant: 'acme', email: 'ada@acme.example', password: 'x' })).toEqual({})
    expect(validateSignIn({ tenant: ' ', email: 'ada', password: '' })).toEqual({
      tenant: 'Enter your organization.',
      email: 'Enter a valid email address, like name@example.com.',
      password: 'Enter your password.',
    })
  })

  it('accepting an invitation needs a name and a new password', () => {
    expect(validateAcceptInvitation({ fullName: '', password: 'short' })).toEqual({
      fullName: 'Enter your full name.',
      password: 'Use at least 10 characters.',
    })
  })

  it('an invitation needs an email and a known role', () => {
    expect(validateInvitation({ email: 'sam@acme.example', role: 'SALES_REP' })).toEqual({})
    expect(validateInvitation({ email: '', role: 'OWNER' as 'ADMIN' })).toEqual({
      email: 'Enter an email address.',
      role: 'Choose a role.',
    })
  })
})

describe('trash retention', () => {
  it('takes whole days from 1 to 3650, as the server does', () => {
    expect(trashRetentionError('30')).toBeUndefined()
    expect(trashRetentionError(' 3650 ')).toBeUndefined()
    expect(trashRetentionError('1')).toBeUndefined()
    expect(trashRetentionError('0')).toBe('Use 1 to 3650 days.')
    expect(trashRetentionError('3651')).toBe('Use 1 to 3650 days.')
    expect(trashRetentionError('7.5')).toBe('Enter a number of days.')
    expect(trashRetentionError('')).toBe('Enter a number of days.')
  })
})

describe('password reset', () => {
  it('asking for a link needs the organization and a plausible email', () => {
    expect(validateForgotPassword({ tenant: 'acme', email: 'ada@acme.example' })).toEqual({})
    expect(validateForgotPassword({ tenant: '  ', email: 'ada' })).toEqual({
      tenant: 'Enter your organization.',
      email: 'Enter a valid email address, like name@example.com.',
    })
  })

  it('a new password has at least 10 characters and is typed the same twice', () => {
    expect(
      validateNewPassword({ password: 'correct-horse', confirmation: 'correct-horse' }),
    ).toEqual({})
    expect(validateNewPassword({ password: '', confirmation: '' })).toEqual({
      password: 'Enter a password.',
      confirmation: 'Enter the password again.',
    })
    expect(validateNewPassword({ password: 'short', confirmation: 'short' })).toEqual({
      password: 'Use at least 10 characters.',
    })
    expect(validateNewPassword({ password: '1234567890', confirmation: '123456789' })).toEqual({
      confirmation: 'The two passwords are not the same.',
    })
    // exactly the minimum is enough; spaces count as typed
    expect(validateNewPassword({ password: '1234567890', confirmation: '1234567890' })).toEqual({})
    expect(validateNewPassword({ password: 'pass word ', confirmation: 'pass word' })).toEqual({
      confirmation: 'The two passwords are not the same.',
    })
  })
})
