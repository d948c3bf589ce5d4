package dev.crm.common.events.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Any service: many changes at once (a CSV import), as one event instead of one per change. Each
 * entry carries its own id and time, so the trail reads the same as if they had come one by one.
 */
public record AuditBatchRecorded(List<Entry> entries) {

    public record Entry(UUID id, Instant occurredAt, AuditRecorded change) {}
}
