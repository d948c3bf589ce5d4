-- The communication-service's sending queue across organizations (ADR 16): which email of which
-- organization is due when, and who holds it. Only ids and times: the email itself stays in its
-- organization's schema. A row leaves once its email is sent or has failed for good.
create table if not exists public.email_queue (
    email_id    uuid primary key,
    tenant_id   uuid        not null references public.tenants (id) on delete cascade,
    due_at      timestamptz not null,
    lease_until timestamptz,
    attempts    int         not null default 0
);
create index if not exists email_queue_due on public.email_queue (due_at);
