package dev.crm.common.events;

import dev.crm.common.events.contracts.EventType;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.Ids;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a domain event in the outbox, inside the transaction of the change it describes: both
 * commit or neither does. The relay publishes it to JetStream after the commit.
 */
public class DomainEvents {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final String producer;
    private final OutboxRelay relay;

    public DomainEvents(JdbcTemplate jdbc, JsonMapper json, String producer, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.json = json;
        this.producer = producer;
        this.relay = relay;
    }

    /** Publishes for the tenant in context, as the signed-in user if there is one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> UUID publish(EventType<T> type, T data) {
        UUID actor = CurrentUser.current().map(CurrentUser::id).orElse(null);
        return publish(type, data, TenantContext.require().id(), actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <T> UUID publish(EventType<T> type, T data, UUID tenantId, UUID actorId) {
        UUID eventId = Ids.newId();
        EventEnvelope envelope = new EventEnvelope(eventId, type.name(), tenantId, Instant.now(), actorId,
                MDC.get("correlation_id"), json.valueToTree(data));
        jdbc.update("insert into public.event_outbox (event_id, producer, subject, payload) values (?, ?, ?, ?::jsonb)",
                eventId, producer, envelope.subject(), json.writeValueAsString(envelope));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return eventId;
    }
}
