-- Which roles may export the organization's whole customer book (issue 14): admins always, managers by default.
alter table public.tenants add column if not exists export_roles text[] not null default '{ADMIN,MANAGER}'
    check ('ADMIN' = any (export_roles) and export_roles <@ array['ADMIN', 'MANAGER', 'SALES_REP', 'VIEWER']);
