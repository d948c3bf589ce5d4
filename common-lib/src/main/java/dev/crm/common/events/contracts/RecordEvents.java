package dev.crm.common.events.contracts;

/** The four events of one kind of record: created, updated, moved to the trash, restored. */
public record RecordEvents<P>(EventType<P> created, EventType<P> updated, EventType<P> deleted, EventType<P> restored) {}
