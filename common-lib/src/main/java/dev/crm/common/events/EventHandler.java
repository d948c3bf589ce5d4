package dev.crm.common.events;

import dev.crm.common.events.contracts.EventType;

/**
 * Reacts to one event type. Runs inside a transaction, with the event's tenant in context; the event
 * is acknowledged only after that transaction commits, and an event already handled is skipped.
 */
public interface EventHandler<T> {

    EventType<T> type();

    void handle(T event, EventEnvelope envelope);
}
