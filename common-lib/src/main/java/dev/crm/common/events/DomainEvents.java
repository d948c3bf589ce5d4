package dev.crm.common.events;

import dev.crm.common.events.contracts.EventType;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a domain event in the outbox, inside the transaction of the change it describes: both
 * commit or neither does. The relay publishes it to JetStream after the commit.
 */
public class DomainEvents {

    private static final String INSERT = "insert into public.event_outbox (event_id, producer, subject, payload, traceparent) values (?, ?, ?, ?::jsonb, ?)";

    private final ThreadLocal<List<Object[]>> batch = new ThreadLocal<>();
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final String producer;
    private final OutboxRelay relay;
    private final EventTracing tracing;

    public DomainEvents(JdbcTemplate jdbc, JsonMapper json, String producer, OutboxRelay relay) {
        this(jdbc, json, producer, relay, EventTracing.NONE);
    }

    public DomainEvents(JdbcTemplate jdbc, JsonMapper json, String producer, OutboxRelay relay, EventTracing tracing) {
        this.jdbc = jdbc;
        this.json = json;
        this.producer = producer;
        this.relay = relay;
        this.tracing = tracing;
    }

    /** Publishes for the tenant in context, as the signed-in user if there is one. */
    public <T> UUID publish(EventType<T> type, T data) {
        UUID actor = CurrentUser.current().map(CurrentUser::id).orElse(null);
        return publish(type, data, TenantContext.require().id(), actor);
    }

    public <T> UUID publish(EventType<T> type, T data, UUID tenantId, UUID actorId) {
        requireTransaction();
        UUID eventId = Ids.newId();
        // the payload as a POJO node: written as it is when the envelope is, not converted to a tree first
        EventEnvelope envelope = new EventEnvelope(eventId, type.name(), tenantId, Instant.now(), actorId,
                MDC.get("correlation_id"), json.getNodeFactory().pojoNode(data));
        // the request's trace goes with the event: the relay's publish and the consumers continue it
        Object[] row = {eventId, producer, envelope.subject(), json.writeValueAsString(envelope), tracing.currentTraceparent()};
        List<Object[]> pending = batch.get();
        if (pending != null) {
            pending.add(row);
            return eventId;
        }
        jdbc.update(INSERT, row);
        wakeRelayAfterCommit();
        return eventId;
    }

    /**
     * Runs bulk work (an import batch) whose events go to the outbox in one JDBC batch when it ends,
     * still inside the caller's transaction: one round trip instead of one per event.
     */
    public <T> T batched(Supplier<T> work) {
        requireTransaction();
        if (batch.get() != null) return work.get();
        List<Object[]> pending = new ArrayList<>();
        batch.set(pending);
        try {
            T result = work.get();
            if (!pending.isEmpty()) {
                jdbc.batchUpdate(INSERT, pending);
                wakeRelayAfterCommit();
            }
            return result;
        } finally {
            batch.remove();
        }
    }

    /**
     * Events are recorded in the transaction of the change they describe: there must be one. (Checked
     * here rather than by a transactional proxy, which would cost more than the check on every event.)
     */
    public static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("Events and audit entries are recorded inside the transaction of their change");
        }
    }

    private void wakeRelayAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
