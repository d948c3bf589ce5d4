import type { IconName } from '@/components/ui/icons'

export interface Destination {
  to: string
  label: string
  icon: IconName
  /** Highlighted on exactly this page only, not below it. */
  exact?: boolean
  /** In a phone's bottom bar; the others are under its "More" menu. */
  primary?: boolean
}

/** The app's main destinations, in the order the navigation shows them. */
export const DESTINATIONS: readonly Destination[] = [
  // Every page is below `/`: Home is current on itself only.
  { to: '/', label: 'Home', icon: 'home', exact: true, primary: true },
  { to: '/contacts', label: 'Contacts', icon: 'contacts', primary: true },
  { to: '/companies', label: 'Companies', icon: 'organization' },
  { to: '/deals', label: 'Deals', icon: 'deals', primary: true },
  { to: '/deals/analytics', label: 'Analytics', icon: 'chart' },
  { to: '/tasks', label: 'My tasks', icon: 'task', primary: true },
  { to: '/trash', label: 'Trash', icon: 'trash' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
]

/** Whether `path` is the destination's page or one below it. */
export function isWithin(path: string, destination: Destination): boolean {
  if (destination.exact) return path === destination.to
  return path === destination.to || path.startsWith(`${destination.to}/`)
}
