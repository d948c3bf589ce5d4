import { execFileSync } from 'node:child_process'

/**
 * Makes a deal look as if it entered its stage `days` ago, straight in the platform's database
 * (CRM_DB_URL, as `./crm test` sets it; else `./crm up`'s): time cannot pass in a browser test, and
 * rotting is about time.
 */
export function ageDealInStage(subdomain: string, dealId: string, days: number): void {
  const sql = `do $$ declare s text; begin
    select schema_name into s from public.tenants where subdomain = '${subdomain}';
    execute format('update %I.deals set stage_entered_at = now() - interval ''${days} days'' where id = %L', s, '${dealId}');
  end $$`
  execFileSync('psql', [platformDatabase(), '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
    env: { ...process.env, PGPASSWORD: process.env.CRM_DB_PASSWORD ?? '' },
  })
}

/**
 * The platform's database as psql names it: from CRM_DB_URL, which `./crm test` gives the browser
 * tests (the test platform's crm_test, or the embedded PostgreSQL's port), else the local `crm`.
 */
function platformDatabase(): string {
  const jdbc = process.env.CRM_DB_URL
  const user = encodeURIComponent(process.env.CRM_DB_USER ?? 'postgres')
  if (jdbc?.startsWith('jdbc:postgresql://')) {
    const url = new URL(jdbc.slice('jdbc:'.length))
    return `postgresql://${user}@${url.host}${url.pathname}`
  }
  return `postgresql://${user}@localhost:5432/${process.env.CRM_DB_NAME ?? 'crm'}`
}
