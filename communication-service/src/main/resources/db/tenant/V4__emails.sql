-- Emails as sent (ADR 16, step 3). V1 created a placeholder that never held data. An email sent to a
-- contact, company or deal is also an EMAIL activity on their timelines (activities.email_id).
drop table emails;

create table emails (
    id               uuid primary key,
    kind             varchar(10)   not null check (kind in ('MEMBER', 'SYSTEM')),
    contact_id       uuid,
    company_id       uuid,
    deal_id          uuid,
    from_name        varchar(100),
    from_address     varchar(320)  not null,
    reply_to         varchar(320),
    to_addresses     text[]        not null check (cardinality(to_addresses) between 1 and 50),
    cc_addresses     text[]        not null default '{}',
    subject          varchar(300)  not null,
    html             text          not null,
    text_body        text          not null,
    message_id       varchar(300)  not null unique,
    in_reply_to      varchar(300),
    status           varchar(10)   not null check (status in ('QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED')),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz,
    last_error       varchar(1000),
    sent_at          timestamptz,
    tracking         boolean       not null,
    sent_by          uuid,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    check ((status = 'QUEUED') = (next_attempt_at is not null))
);
create index emails_contact on emails (contact_id, created_at desc, id desc) where contact_id is not null;
create index emails_deal on emails (deal_id, created_at desc, id desc) where deal_id is not null;

alter table activities add column email_id uuid references emails (id);
