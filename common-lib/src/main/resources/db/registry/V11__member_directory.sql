-- Which organizations an email address is a member of, for "find my organization" on the sign-in page
-- (auth-service directory/). Only the SHA-256 of the lower-cased address is kept here: the address itself
-- stays in the organization's own schema. Kept by the auth-service as members join and are removed.
create table if not exists public.member_directory (
    email_sha256 bytea not null,
    tenant_id    uuid  not null references public.tenants (id) on delete cascade,
    primary key (email_sha256, tenant_id)
);

-- The members of the organizations that exist already (every schema the auth-service has migrated).
do $$
declare
    schema text;
begin
    for schema in
        select t.schema_name from public.tenants t
        join public.tenant_schema_versions v on v.tenant_id = t.id and v.service = 'auth'
        where t.status in ('ACTIVE', 'SUSPENDED') and to_regclass(format('%I.users', t.schema_name)) is not null
    loop
        execute format('insert into public.member_directory (email_sha256, tenant_id)
                        select sha256(convert_to(lower(u.email), ''UTF8'')), t.id
                        from %I.users u, public.tenants t
                        where t.schema_name = %L and u.status = ''ACTIVE''
                        on conflict do nothing', schema, schema);
    end loop;
end $$;
