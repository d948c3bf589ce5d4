-- The sales pipeline's real shape. V1 created placeholders that never held data.
drop table deal_stage_history;
drop table deals;
drop table stages;
drop table pipelines;

create table pipelines (
    id         uuid primary key,
    name       varchar(100) not null,
    position   int          not null,
    is_default boolean      not null default false,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
create unique index pipelines_name on pipelines (lower(name));
-- at most one default pipeline
create unique index pipelines_default on pipelines (is_default) where is_default;

create table stages (
    id                     uuid primary key,
    pipeline_id            uuid         not null references pipelines (id),
    name                   varchar(100) not null,
    position               int          not null,
    probability            int          not null check (probability between 0 and 100),
    -- null: deals in it are open; WON or LOST: entering it closes the deal
    outcome                varchar(4) check (outcome in ('WON', 'LOST')),
    rotting_days           int check (rotting_days between 1 and 3650),
    required_fields        text[]       not null default '{}',
    -- null: a deal may move to any stage of the pipeline
    allowed_next_stage_ids uuid[],
    version                bigint       not null default 0
);
create unique index stages_name on stages (pipeline_id, lower(name));
create index stages_pipeline on stages (pipeline_id, position);

create table deals (
    id                  uuid primary key,
    name                varchar(200)   not null,
    value               numeric(18, 2) check (value >= 0),
    currency            char(3)        not null,
    pipeline_id         uuid           not null references pipelines (id),
    stage_id            uuid           not null references stages (id),
    status              varchar(4)     not null check (status in ('OPEN', 'WON', 'LOST')),
    contact_id          uuid,
    company_id          uuid,
    expected_close_date date,
    lost_reason         varchar(500),
    closed_at           timestamptz,
    stage_entered_at    timestamptz    not null,
    owner_id            uuid,
    custom_fields       jsonb          not null default '{}',
    created_by          uuid,
    updated_by          uuid,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    deleted_at          timestamptz,
    version             bigint         not null default 0
);
-- a board column, newest first
create index deals_stage on deals (stage_id, id desc) where deleted_at is null;
create index deals_pipeline on deals (pipeline_id, status) where deleted_at is null;
create index deals_owner on deals (owner_id, id desc) where deleted_at is null;
create index deals_contact on deals (contact_id) where contact_id is not null;
create index deals_company on deals (company_id) where company_id is not null;

-- One row per stage a deal entered: from where, who moved it, when, and when it left again.
create table deal_stage_history (
    id            uuid primary key,
    deal_id       uuid        not null references deals (id),
    pipeline_id   uuid        not null,
    from_stage_id uuid,
    to_stage_id   uuid        not null,
    -- the names at the time, so the history reads the same after a stage is renamed or removed
    from_stage    varchar(100),
    to_stage      varchar(100) not null,
    changed_by    uuid,
    changed_at    timestamptz not null,
    left_at       timestamptz
);
create index deal_stage_history_deal on deal_stage_history (deal_id, changed_at desc);
create index deal_stage_history_pipeline on deal_stage_history (pipeline_id, to_stage_id, changed_at);

-- What the deal-service last heard of the contacts and companies deals link to (their events),
-- so a deal shows a name, and keeps it when the record is deleted.
create table linked_records (
    id         uuid primary key,
    kind       varchar(10)  not null check (kind in ('CONTACT', 'COMPANY')),
    label      varchar(300) not null,
    deleted    boolean      not null default false,
    updated_at timestamptz  not null
);
