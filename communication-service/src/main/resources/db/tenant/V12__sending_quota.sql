-- A new organization sends at most a few emails a day until an admin confirms their address (issue 14,
-- finding 8): a free sign-up is not a way to send mail to anyone. One row once it is confirmed.
create table sender_confirmation (
    id            boolean     primary key default true check (id),
    confirmed_at  timestamptz not null,
    confirmed_by  uuid
);

-- Organizations with members before this change were in use before any quota: they keep sending. (A new
-- organization's schema has no members yet when its migrations run, so it starts unconfirmed.)
insert into sender_confirmation (confirmed_at) select now() where exists (select 1 from known_records where kind = 'MEMBER');

-- Notices to members about their own account (a password reset, an address confirmation) are not counted.
alter table emails add column quota_exempt boolean not null default false;
create index emails_counted_toward_quota on emails (created_at) where kind <> 'INBOUND' and not quota_exempt;
