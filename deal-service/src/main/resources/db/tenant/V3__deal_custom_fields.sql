-- The deal custom field definitions as the contact-service, their owner, last announced them
-- (custom_field.defined / custom_field.removed events). A removed field stays as a tombstone, so an
-- older event arriving late (each event type has its own consumer) cannot bring it back.
create table deal_custom_fields (
    id            uuid primary key,
    name          varchar(64) not null,
    kind          varchar(20) not null,
    required      boolean     not null default false,
    default_value jsonb,
    options       text[]      not null default '{}',
    position      int         not null default 0,
    removed       boolean     not null default false,
    -- the timestamp of the event that wrote the row: an older event changes nothing
    updated_at    timestamptz not null
);
-- one live field per name, as in the contact-service
create unique index deal_custom_fields_name on deal_custom_fields (name) where not removed;
