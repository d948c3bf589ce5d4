-- auth-service tables inside one tenant schema.
create table users (
    id            uuid primary key,
    email         varchar(254) not null,
    full_name     varchar(200) not null,
    password_hash varchar(100) not null,
    role          varchar(20)  not null check (role in ('ADMIN', 'MANAGER', 'SALES_REP', 'VIEWER')),
    status        varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'REMOVED')),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create unique index users_email_uq on users (lower(email)) where status = 'ACTIVE';

create table refresh_tokens (
    id         uuid primary key,
    family_id  uuid        not null,
    user_id    uuid        not null references users (id) on delete cascade,
    token_hash bytea       not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);

create table invitations (
    id          uuid primary key,
    email       varchar(254) not null,
    role        varchar(20)  not null check (role in ('ADMIN', 'MANAGER', 'SALES_REP', 'VIEWER')),
    token_hash  bytea        not null unique,
    status      varchar(20)  not null check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    invited_by  uuid         not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    accepted_at timestamptz
);
create unique index invitations_pending_email_uq on invitations (lower(email)) where status = 'PENDING';
