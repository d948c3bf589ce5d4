-- Custom field definitions per entity type. Values live in each record's custom_fields JSON object,
-- so adding or removing a field never changes a table.
drop table custom_fields;
create table custom_fields (
    id            uuid primary key,
    entity_type   varchar(20)  not null,
    name          varchar(64)  not null,
    label         varchar(100) not null,
    kind          varchar(20)  not null,
    required      boolean      not null default false,
    default_value jsonb,
    options       text[]       not null default '{}',
    currency      char(3),
    position      integer      not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint custom_fields_name_per_type unique (entity_type, name)
);
