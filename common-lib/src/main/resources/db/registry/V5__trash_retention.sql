-- How long an organization's deleted records stay in its trash before they are purged for good.
alter table public.tenants add column if not exists trash_retention_days integer not null default 30
    check (trash_retention_days between 1 and 3650);
