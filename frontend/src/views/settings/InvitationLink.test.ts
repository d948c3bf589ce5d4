import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { CreatedInvitation } from '@/api/types'
import InvitationLink from './InvitationLink.vue'

function invitation(emailSent: boolean): CreatedInvitation {
  return {
    id: 'i1',
    email: 'rep@acme.example',
    role: 'SALES_REP',
    status: 'PENDING',
    expiresAt: '2026-12-15T10:00:00Z',
    createdAt: '2026-12-08T10:00:00Z',
    acceptUrl: 'https://acme.crm.example/accept-invitation?tenant=acme&token=t',
    emailSent,
  }
}

describe('InvitationLink', () => {
  it('says the invitation was emailed, and offers the link too', () => {
    const text = mount(InvitationLink, { props: { invitation: invitation(true) } }).text()
    expect(text).toContain('Invitation emailed to rep@acme.example.')
    expect(text).not.toContain('not available')
  })

  it('asks the admin to send the link when the email could not go out', () => {
    const text = mount(InvitationLink, { props: { invitation: invitation(false) } }).text()
    expect(text).toContain('the email could not be sent just now: send this link to them yourself')
  })
})
