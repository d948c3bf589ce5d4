package dev.crm.tenant.audit;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One entry of the audit trail, as admins read it. */
record AuditEntry(UUID id, Instant occurredAt, String service, String action, String entityType, String entityId,
                  UUID actorId, String actorEmail, JsonNode before, JsonNode after, String correlationId) {}
