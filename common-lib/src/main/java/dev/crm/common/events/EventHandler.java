package dev.crm.common.events;

import dev.crm.common.events.contracts.EventType;
import java.util.function.BiConsumer;

/**
 * Reacts to one event type. Runs inside a transaction, with the event's tenant in context; the event
 * is acknowledged only after that transaction commits, and an event already handled is skipped.
 */
public interface EventHandler<T> {

    EventType<T> type();

    void handle(T event, EventEnvelope envelope);

    /** A handler of {@code type} that does {@code handle}. */
    static <T> EventHandler<T> of(EventType<T> type, BiConsumer<T, EventEnvelope> handle) {
        return new EventHandler<>() {
            @Override
            public EventType<T> type() {
                return type;
            }

            @Override
            public void handle(T event, EventEnvelope envelope) {
                handle.accept(event, envelope);
            }
        };
    }
}
