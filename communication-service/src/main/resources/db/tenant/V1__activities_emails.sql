-- communication-service tables inside one tenant schema. Issue 5 gives them their full shape.
create table activities (
    id          uuid primary key,
    type        varchar(20) not null,
    subject     varchar(300),
    occurred_at timestamptz not null default now()
);
create table templates (
    id      uuid primary key,
    name    varchar(200) not null,
    subject varchar(300) not null,
    body    text         not null
);
create table emails (
    id         uuid primary key,
    subject    varchar(300),
    status     varchar(20) not null,
    created_at timestamptz not null default now()
);
