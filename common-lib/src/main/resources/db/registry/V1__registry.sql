-- The global registry: one row per organization, and what the platform keeps across tenants.
create table if not exists public.tenants (
    id          uuid primary key,
    subdomain   varchar(40)  not null unique,
    name        varchar(200) not null,
    schema_name varchar(63)  not null unique,
    status      varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    plan        varchar(20)  not null default 'FREE',
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index if not exists tenants_status_idx on public.tenants (status);

create sequence if not exists public.tenant_schema_seq;

-- The version each service has migrated each tenant schema to.
create table if not exists public.tenant_schema_versions (
    tenant_id   uuid        not null references public.tenants (id) on delete cascade,
    service     varchar(40) not null,
    version     varchar(40) not null,
    migrated_at timestamptz not null default now(),
    primary key (tenant_id, service)
);

-- Transactional outbox: written in the same transaction as the change, published by the relay.
create table if not exists public.event_outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    producer     varchar(40)  not null,
    subject      varchar(200) not null,
    payload      jsonb        not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     int          not null default 0,
    last_error   varchar(500)
);
create index if not exists event_outbox_unpublished_idx on public.event_outbox (producer, id) where published_at is null;
create index if not exists event_outbox_published_idx on public.event_outbox (published_at) where published_at is not null;

-- Events a consumer has handled: consumers are idempotent beyond JetStream's de-duplication window.
create table if not exists public.handled_events (
    consumer   varchar(80) not null,
    event_id   uuid        not null,
    handled_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Access tokens of a user issued before not_before are refused (member removed, role changed).
create table if not exists public.token_cutoffs (
    user_id    uuid primary key,
    tenant_id  uuid        not null references public.tenants (id) on delete cascade,
    not_before timestamptz not null
);
