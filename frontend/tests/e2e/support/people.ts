/** Data unique to one run, so that runs against the same platform never collide. */
export function uniqueRun(): { subdomain: string; organizationName: string; suffix: string } {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
  return {
    suffix,
    subdomain: `e2e-${suffix}`,
    organizationName: `Northwind ${suffix}`,
  }
}

export const PASSWORD = 'correct-horse-battery'
