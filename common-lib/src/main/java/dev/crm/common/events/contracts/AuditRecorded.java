package dev.crm.common.events.contracts;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Any service: data changed. The tenant-service keeps these as the organization's audit trail. */
public record AuditRecorded(
        String service, String action, String entityType, String entityId, UUID actorId, String actorEmail,
        JsonNode before, JsonNode after) {}
