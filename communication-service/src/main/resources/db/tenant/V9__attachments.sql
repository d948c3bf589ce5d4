-- Files on emails and activities (ADR 16 step 6): the bytes, the content type found in them, a checksum.
-- Uploaded first (on nothing yet), then attached to an email when it is sent, or to an activity.
create table attachments (
    id            uuid primary key,
    email_id      uuid references emails (id),
    activity_id   uuid references activities (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    int          not null check (size_bytes > 0),
    sha256        bytea        not null check (length(sha256) = 32),
    content       bytea        not null,
    created_by    uuid,
    created_at    timestamptz  not null,
    check (email_id is null or activity_id is null)
);
create index attachments_email on attachments (email_id) where email_id is not null;
create index attachments_activity on attachments (activity_id) where activity_id is not null;
