-- The last migration attempt of each service in each tenant schema, written by the start-up migration,
-- the provisioning saga and the chart's pre-upgrade Job (migrate-and-exit): operators read which
-- organizations failed, why and when (docs/operations/kubernetes.md, "Upgrade").
create table if not exists public.tenant_migration_status (
    tenant_id      uuid          not null references public.tenants (id) on delete cascade,
    service        varchar(40)   not null,
    outcome        varchar(20)   not null check (outcome in ('MIGRATED', 'FAILED')),
    target_version varchar(40)   not null,
    error          varchar(2000),
    attempted_at   timestamptz   not null,
    duration_ms    bigint        not null,
    primary key (tenant_id, service)
);
create index if not exists tenant_migration_status_failed_idx on public.tenant_migration_status (service) where outcome = 'FAILED';
