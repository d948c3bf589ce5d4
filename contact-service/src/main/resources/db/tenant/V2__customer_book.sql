-- The customer book's real shape. V1 created placeholders that never held data.
drop table contacts;
drop table companies;
drop table custom_fields;

create table companies (
    id            uuid primary key,
    name          varchar(200) not null,
    domain        varchar(253),
    industry      varchar(100),
    size          varchar(20),
    website       varchar(2048),
    parent_id     uuid references companies (id),
    owner_id      uuid,
    custom_fields jsonb        not null default '{}',
    created_by    uuid,
    updated_by    uuid,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    deleted_at    timestamptz,
    version       bigint       not null default 0
);
-- one live company per domain; a deleted one frees its domain
create unique index companies_domain_live on companies (domain) where deleted_at is null;
create index companies_parent on companies (parent_id);

create table contacts (
    id                uuid primary key,
    first_name        varchar(100),
    last_name         varchar(100),
    email             varchar(254),
    additional_emails text[]       not null default '{}',
    phone             varchar(40),
    additional_phones text[]       not null default '{}',
    title             varchar(150),
    company_id        uuid references companies (id),
    owner_id          uuid,
    tags              text[]       not null default '{}',
    address           jsonb,
    notes             text,
    custom_fields     jsonb        not null default '{}',
    created_by        uuid,
    updated_by        uuid,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    deleted_at        timestamptz,
    version           bigint       not null default 0,
    constraint contacts_named check (first_name is not null or last_name is not null or email is not null)
);
-- one live contact per email (imports upsert by it); a deleted one frees its email
create unique index contacts_email_live on contacts (email) where deleted_at is null;
create index contacts_company on contacts (company_id) where deleted_at is null;
create index contacts_owner on contacts (owner_id, id) where deleted_at is null;
create index contacts_deleted on contacts (deleted_at) where deleted_at is not null;

create table custom_fields (
    id          uuid primary key,
    entity_type varchar(20)  not null,
    name        varchar(100) not null,
    created_at  timestamptz  not null default now()
);
