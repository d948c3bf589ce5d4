package dev.crm.communication.activities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An activity as clients see it; the fields of other types than its own are null. {@code source} names the
 * event it was recorded from ({@code deal.stage_changed} ...), null when a member logged it; {@code kind} whether
 * it is history the platform recorded ({@link ActivityKind#SYSTEM}) or people's activity; {@code emailId}
 * the email an EMAIL activity shows when it was sent through the platform.
 */
public record ActivityResponse(UUID id, ActivityType type, String subject, String body, Instant occurredAt,
                               UUID contactId, UUID companyId, UUID dealId,
                               CallDirection direction, Integer durationSeconds, String outcome,
                               Instant startsAt, Instant endsAt, List<String> attendees,
                               Instant dueAt, UUID assigneeId, TaskPriority priority, TaskStatus status, Instant completedAt,
                               boolean overdue, String source, ActivityKind kind, UUID emailId, UUID ownerId,
                               UUID createdBy, UUID updatedBy, Instant createdAt, Instant updatedAt, long version) {}
