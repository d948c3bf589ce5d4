// What a person waits for in the browser (Debian's chromium, driven by the frontend's playwright):
// the sign-in page's first load (compressed JavaScript bytes, DOMContentLoaded, load), how long the
// contact list and the deal board take to show their rows, and how long search results take after the
// last key, typed at 150 ms a key. Each measure runs R times in a fresh browser context (cold cache).
// Usage (from the repository root, the platform up):
//   node bench/browser.mjs <subdomain> <admin email> <password> [R=5]
// The organization is one made by bench/contacts.sh (its admin: admin@<subdomain>.test, "benchmark password 1").
import { createRequire } from 'node:module'

const require = createRequire(new URL('../frontend/package.json', import.meta.url))
const { chromium } = require('playwright-core')

const base = process.env.CRM_GATEWAY_URL ?? 'http://localhost:8080'
const [subdomain, email, password, runsArg] = process.argv.slice(2)
if (!subdomain || !email || !password) {
  console.error('usage: node bench/browser.mjs <subdomain> <admin email> <password> [runs=5]')
  process.exit(2)
}
const runs = Number(runsArg ?? 5)
const browser = await chromium.launch({
  executablePath: process.env.CRM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const report = (name, values, unit = 'ms') =>
  console.log(
    `${name}: median ${percentile(values, 50).toFixed(0)} ${unit}, max ${Math.max(...values).toFixed(0)} ${unit} (${values.map((v) => v.toFixed(0)).join(', ')})`,
  )

async function fresh() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  return { context, page: await context.newPage() }
}

async function signedIn() {
  const tokens = await (
    await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenant: subdomain, email, password }),
    })
  ).json()
  const { context, page } = await fresh()
  await page.addInitScript(
    ([session]) => localStorage.setItem('crm.session', JSON.stringify(session)),
    [{ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, tenant: subdomain }],
  )
  return { context, page }
}

// 1. the sign-in page, cold
const jsBytes = []
const domReady = []
const loaded = []
for (let i = 0; i < runs; i++) {
  const { context, page } = await fresh()
  await page.goto(`${base}/sign-in`, { waitUntil: 'load' })
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation')
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .reduce((sum, r) => sum + r.transferSize, 0)
    return { scripts, dom: navigation.domContentLoadedEventEnd, load: navigation.loadEventEnd }
  })
  jsBytes.push(timing.scripts / 1024)
  domReady.push(timing.dom)
  loaded.push(timing.load)
  await context.close()
}
report('sign-in: JavaScript transferred (compressed)', jsBytes, 'KB')
report('sign-in: DOMContentLoaded', domReady)
report('sign-in: load', loaded)

// 2. a list and the board: from navigation to the first row on screen
for (const [name, path, row] of [
  ['contacts list', '/contacts', 'table tbody tr a'],
  ['deal board', '/deals', '[data-stage-id]'],
]) {
  const shown = []
  for (let i = 0; i < runs; i++) {
    const { context, page } = await signedIn()
    await page.goto(`${base}${path}`)
    await page.locator(row).first().waitFor()
    shown.push(await page.evaluate(() => performance.now()))
    await context.close()
  }
  report(`${name}: rows on screen after`, shown)
}

// 3. search as a person types: the last key to the new first row
const afterLastKey = []
const queries = ['zoe muller', 'hopper', 'linus torv', 'lovelce', 'ada.lovelace']
for (let i = 0; i < runs; i++) {
  const { context, page } = await signedIn()
  await page.goto(`${base}/contacts`)
  await page.locator('table tbody tr a').first().waitFor()
  const search = page.getByLabel('Search contacts', { exact: true })
  await search.click()
  const query = queries[i % queries.length]
  await search.pressSequentially(query.slice(0, -1), { delay: 150 })
  await page.waitForTimeout(150)
  // the answer to the whole query, then the frame that draws it
  const answer = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === query)
  const lastKey = await page.evaluate(() => performance.now())
  await search.press(query.slice(-1))
  await answer
  const drawn = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))))
  afterLastKey.push(drawn - lastKey)
  await context.close()
}
report('search: results on screen after the last key', afterLastKey)

await browser.close()
