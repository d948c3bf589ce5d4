-- Activities the platform records from other services' events (ADR 16, step 2): the event type that
-- made one, and one activity per event and type (a won deal's note and its follow-up task share an event).
alter table activities add column source varchar(40);
alter table activities drop constraint activities_source_event_id_key;
alter table activities add constraint activities_source_event unique (source_event_id, type);
alter table activities add check ((source is null) = (source_event_id is null));

-- The organization's settings of this service: one row, made with its defaults on first read.
create table communication_settings (
    id                     boolean primary key default true check (id),
    sender_name            varchar(100),
    reply_to               varchar(320),
    tracking_enabled       boolean     not null default true,
    won_deal_follow_up     varchar(14) not null default 'NONE' check (won_deal_follow_up in ('NONE', 'TASK', 'TASK_AND_EMAIL')),
    follow_up_due_days     int         not null default 2 check (follow_up_due_days between 0 and 90),
    follow_up_template_id  uuid,
    updated_by             uuid,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);
