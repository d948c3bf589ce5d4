package dev.crm.common.events.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * communication-service: an activity was logged, changed, moved to the trash or restored; what other
 * services count of it (a rep's activities, a deal's last touch).
 */
public record ActivityChanged(UUID activityId, String type, String subject, Instant occurredAt, UUID contactId, UUID companyId,
                              UUID dealId, UUID ownerId, UUID assigneeId, String status, Instant dueAt) {}
