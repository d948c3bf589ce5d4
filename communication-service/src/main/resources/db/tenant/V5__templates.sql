-- Email templates (ADR 16 step 4; V1 created a placeholder that never held data) and what this service
-- last heard of the records a template's variables name (ADR 17): contacts, companies, deals, members.
drop table templates;

create table templates (
    id          uuid primary key,
    name        varchar(120) not null,
    subject     varchar(300) not null,
    body        text         not null,
    created_by  uuid,
    updated_by  uuid,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create unique index templates_name on templates (lower(name));

create table known_records (
    id          uuid primary key,
    kind        varchar(8)  not null check (kind in ('CONTACT', 'COMPANY', 'DEAL', 'MEMBER')),
    data        jsonb       not null,
    deleted     boolean     not null default false,
    heard_at    timestamptz not null
);
