package dev.crm.common.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Carries a request's trace across the outbox and JetStream (W3C {@code traceparent}): captured when the
 * event is written to the outbox, in the request's transaction; continued by the relay's publish span,
 * whose context goes into the message's {@code traceparent} header; continued again by the consumer's
 * span. Without a tracer (tests, a service without tracing) every method does nothing.
 */
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    static final EventTracing NONE = new EventTracing(null, null);

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    private boolean off() {
        return tracer == null || propagator == null || tracer == Tracer.NOOP;
    }

    /** The current span's {@code traceparent}, or null outside a trace. */
    String currentTraceparent() {
        if (off()) return null;
        Span span = tracer.currentSpan();
        if (span == null) return null;
        Map<String, String> carrier = new HashMap<>(4);
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Starts the span of publishing one event, a child of {@code traceparent} (the request that wrote
     * it) or a new trace without one; {@link Started#traceparent()} is what the message carries on.
     */
    Started publishing(String traceparent, String subject, UUID eventId) {
        if (off()) return Started.NONE;
        Span span = propagator.extract(traceparent, (carrier, key) -> TRACEPARENT.equals(key) ? carrier : null)
                .name("publish " + subject)
                .kind(Span.Kind.PRODUCER)
                .tag("messaging.system", "nats")
                .tag("messaging.operation.type", "send")
                .tag("messaging.destination.name", subject)
                .tag("messaging.message.id", eventId.toString())
                .start();
        Map<String, String> carrier = new HashMap<>(4);
        propagator.inject(span.context(), carrier, Map::put);
        return new Started(span, carrier.get(TRACEPARENT));
    }

    /**
     * Starts the span of handling one event, a child of the publish span named by the message's
     * {@code traceparent} header; {@code headers} reads a header of the message.
     */
    Started handling(Function<String, String> headers, EventEnvelope envelope, String subject, String consumer) {
        if (off()) return Started.NONE;
        Span span = propagator.extract(headers, (carrier, key) -> carrier.apply(key))
                .name("process " + subject)
                .kind(Span.Kind.CONSUMER)
                .tag("messaging.system", "nats")
                .tag("messaging.operation.type", "process")
                .tag("messaging.destination.name", subject)
                .tag("messaging.message.id", String.valueOf(envelope.eventId()))
                .tag("messaging.consumer.group.name", consumer)
                .tag("crm.tenant_id", String.valueOf(envelope.tenantId()))
                .start();
        return new Started(span, null);
    }

    /** Runs work with the span current (its ids in the log lines, its children below it). */
    void inScope(Started started, Runnable work) {
        if (started.span() == null) {
            work.run();
            return;
        }
        try (Tracer.SpanInScope scope = tracer.withSpan(started.span())) {
            work.run();
        }
    }

    /** A span started here; ended exactly once, with the failure if there was one. */
    record Started(Span span, String traceparent) {
        static final Started NONE = new Started(null, null);

        void end(Throwable failure) {
            if (span == null) return;
            if (failure != null) span.error(failure);
            span.end();
        }
    }
}
