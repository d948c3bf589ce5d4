-- tenant-service tables inside one tenant schema.
create table audit_log (
    id          uuid primary key,          -- the id of the audit.recorded event
    occurred_at timestamptz  not null,
    service     varchar(40)  not null,
    action      varchar(60)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(100) not null,
    actor_id    uuid,
    actor_email varchar(254),
    before      jsonb,
    after       jsonb,
    correlation_id varchar(64)
);
create index audit_log_actor_idx on audit_log (actor_id, id desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, id desc);
create index audit_log_time_idx on audit_log (occurred_at desc);
