import { execFileSync } from 'node:child_process'

/**
 * Makes a deal look as if it entered its stage `days` ago, straight in the platform's database
 * (the same one `./crm up` uses: CRM_DB_NAME, default crm): time cannot pass in a browser test, and
 * rotting is about time.
 */
export function ageDealInStage(subdomain: string, dealId: string, days: number): void {
  const sql = `do $$ declare s text; begin
    select schema_name into s from public.tenants where subdomain = '${subdomain}';
    execute format('update %I.deals set stage_entered_at = now() - interval ''${days} days'' where id = %L', s, '${dealId}');
  end $$`
  execFileSync('psql', [
    '-h',
    process.env.CRM_DB_HOST ?? 'localhost',
    '-U',
    process.env.CRM_DB_USER ?? 'postgres',
    '-d',
    process.env.CRM_DB_NAME ?? 'crm',
    '-v',
    'ON_ERROR_STOP=1',
    '-qc',
    sql,
  ])
}
