-- deal-service tables inside one tenant schema. Issue 4 gives them their full shape.
create table pipelines (
    id         uuid primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);
create table stages (
    id          uuid primary key,
    pipeline_id uuid         not null references pipelines (id) on delete cascade,
    name        varchar(100) not null,
    position    int          not null
);
create table deals (
    id         uuid primary key,
    name       varchar(200) not null,
    stage_id   uuid references stages (id),
    created_at timestamptz not null default now()
);
create table deal_stage_history (
    id         uuid primary key,
    deal_id    uuid        not null references deals (id) on delete cascade,
    stage_id   uuid        not null,
    changed_at timestamptz not null default now()
);
