-- Activities' real shape (ADR 16). V1 created a placeholder that never held data.
drop table activities;

create table activities (
    id               uuid primary key,
    type             varchar(10)  not null check (type in ('EMAIL', 'CALL', 'MEETING', 'NOTE', 'TASK')),
    subject          varchar(300),
    body             text,
    occurred_at      timestamptz  not null,
    contact_id       uuid,
    company_id       uuid,
    deal_id          uuid,
    -- call
    direction        varchar(8) check (direction in ('INBOUND', 'OUTBOUND')),
    duration_seconds int check (duration_seconds between 0 and 86400),
    -- call and meeting
    outcome          varchar(200),
    -- meeting
    starts_at        timestamptz,
    ends_at          timestamptz,
    attendees        text[]       not null default '{}',
    -- task
    due_at           timestamptz,
    assignee_id      uuid,
    priority         varchar(6) check (priority in ('LOW', 'NORMAL', 'HIGH')),
    status           varchar(4) check (status in ('OPEN', 'DONE')),
    completed_at     timestamptz,
    -- made from another service's event (deal.stage_changed ...): that event's id, once
    source_event_id  uuid unique,
    owner_id         uuid,
    custom_fields    jsonb        not null default '{}',
    created_by       uuid,
    updated_by       uuid,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    deleted_at       timestamptz,
    version          bigint       not null default 0,
    check (contact_id is not null or company_id is not null or deal_id is not null),
    check (type = 'CALL' or (direction is null and duration_seconds is null)),
    check (type in ('CALL', 'MEETING') or outcome is null),
    check (type = 'MEETING' or (starts_at is null and ends_at is null)),
    check (type <> 'MEETING' or (starts_at is not null and ends_at is not null and ends_at >= starts_at)),
    check (type = 'TASK' or (due_at is null and assignee_id is null and priority is null and status is null and completed_at is null)),
    check (type <> 'TASK' or (priority is not null and status is not null and (status = 'DONE') = (completed_at is not null)))
);
-- each timeline is one index range, newest first (keyset on occurred_at, id)
create index activities_contact on activities (contact_id, occurred_at desc, id desc) where deleted_at is null and contact_id is not null;
create index activities_company on activities (company_id, occurred_at desc, id desc) where deleted_at is null and company_id is not null;
create index activities_deal on activities (deal_id, occurred_at desc, id desc) where deleted_at is null and deal_id is not null;
-- "my tasks": the open ones of an assignee by due date
create index activities_open_tasks on activities (assignee_id, due_at, id) where type = 'TASK' and status = 'OPEN' and deleted_at is null;
