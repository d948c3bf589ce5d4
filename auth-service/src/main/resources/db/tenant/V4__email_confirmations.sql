-- Confirmed email addresses (issue 14, finding 8): a new organization sends only a few emails a day until
-- an admin proves their address is theirs, with a single-use link emailed to it.
alter table users add column email_confirmed_at timestamptz;

-- Members from before have used the platform with their address: they count as confirmed. (A new
-- organization's schema has no members yet when its migrations run, so nobody new is confirmed here.)
update users set email_confirmed_at = created_at;

create table email_confirmations (
    id          uuid primary key,
    user_id     uuid        not null references users (id),
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index email_confirmations_user on email_confirmations (user_id, created_at desc);
