-- Opens and clicks of sent emails, and the addresses sending must skip (ADR 16 step 5).
create table email_events (
    id           uuid primary key,
    email_id     uuid         not null references emails (id),
    kind         varchar(5)   not null check (kind in ('OPEN', 'CLICK')),
    url          text,
    user_agent   varchar(500),
    machine      boolean      not null,
    occurred_at  timestamptz  not null,
    check ((kind = 'CLICK') = (url is not null))
);
create index email_events_email on email_events (email_id, occurred_at desc);

-- one row per address (kept lower-case): who unsubscribed, bounced for good or was added by hand
create table suppressions (
    address     varchar(320) primary key check (address = lower(address)),
    reason      varchar(12)  not null check (reason in ('UNSUBSCRIBED', 'BOUNCED', 'MANUAL')),
    email_id    uuid,
    created_by  uuid,
    created_at  timestamptz  not null
);
