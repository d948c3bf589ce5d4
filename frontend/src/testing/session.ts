import { createPinia, type Pinia } from 'pinia'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'

/** A Pinia whose session is signed in as Mia Member (id `me`) of Acme, with `role`. */
export function signedInAs(role: Role): Pinia {
  const pinia = createPinia()
  useSessionStore(pinia).profile = {
    id: 'me',
    email: 'me@acme.example',
    fullName: 'Mia Member',
    role,
    tenant: { id: 't', subdomain: 'acme', name: 'Acme' },
    emailConfirmed: true,
  }
  return pinia
}
