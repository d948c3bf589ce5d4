-- contact-service tables inside one tenant schema. Issue 3 gives them their full shape.
create table companies (
    id         uuid primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);
create table contacts (
    id         uuid primary key,
    first_name varchar(100),
    last_name  varchar(100),
    email      varchar(254),
    created_at timestamptz not null default now()
);
create table custom_fields (
    id          uuid primary key,
    entity_type varchar(20)  not null,
    name        varchar(100) not null,
    created_at  timestamptz  not null default now()
);
