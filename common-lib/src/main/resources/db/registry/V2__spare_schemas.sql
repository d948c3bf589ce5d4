-- Spare schemas: provisioned and migrated ahead of time, claimed by a registration in one rename.
alter table public.tenants drop constraint if exists tenants_status_check;
alter table public.tenants add constraint tenants_status_check
    check (status in ('SPARE', 'PROVISIONING', 'ACTIVE', 'SUSPENDED'));
-- spares are named spare-<uuid>, longer than any real subdomain (at most 40), so they never collide
alter table public.tenants alter column subdomain type varchar(63);
