-- Password resets (issue 5): single use, expiring, the token stored as its SHA-256 only.
create table password_resets (
    id          uuid primary key,
    user_id     uuid        not null references users (id),
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_resets_user on password_resets (user_id, created_at desc);
