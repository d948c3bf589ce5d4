-- Threads, inbound mail and delivery reports (ADR 16 step 6): every email belongs to a thread (its own
-- first email's id); inbound emails are RECEIVED; delivery reports make sent ones DELIVERED or BOUNCED.
alter table emails drop constraint emails_kind_check;
alter table emails add constraint emails_kind_check check (kind in ('MEMBER', 'SYSTEM', 'INBOUND'));
alter table emails drop constraint emails_status_check;
alter table emails add constraint emails_status_check
    check (status in ('QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED', 'RECEIVED'));
alter table emails add column references_header text;
alter table emails add column thread_id uuid;
alter table emails add column delivered_at timestamptz;
alter table emails add column bounce_reason varchar(1000);
update emails set thread_id = id;
alter table emails alter column thread_id set not null;
create index emails_thread on emails (thread_id, created_at);
-- mail that comes in is filed on the contact whose address wrote it
create index known_contacts_email on known_records (lower(data ->> 'email')) where kind = 'CONTACT';
