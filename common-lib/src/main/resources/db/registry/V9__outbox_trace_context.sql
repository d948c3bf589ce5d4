-- The trace of the request that wrote an event (W3C traceparent), so that its publish and its consumers
-- continue that trace (docs/operations/observability.md). Null when the change was not traced.
alter table public.event_outbox add column if not exists traceparent varchar(55);
