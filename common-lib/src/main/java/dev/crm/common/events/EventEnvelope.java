package dev.crm.common.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What travels on JetStream: the event id (also the {@code Nats-Msg-Id}), its type, the tenant, when,
 * who and which request caused it, and the type's payload.
 */
public record EventEnvelope(
        @JsonProperty("event_id") UUID eventId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("tenant_id") UUID tenantId,
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("actor_id") UUID actorId,
        @JsonProperty("correlation_id") String correlationId,
        @JsonProperty("data") JsonNode data) {

    public static final String STREAM = "CRM_EVENTS";
    public static final String SUBJECT_PREFIX = "crm.events.";

    public String subject() {
        return subjectOf(eventType);
    }

    public static String subjectOf(String eventType) {
        return SUBJECT_PREFIX + eventType;
    }
}
