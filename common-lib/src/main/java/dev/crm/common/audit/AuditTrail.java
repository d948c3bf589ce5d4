package dev.crm.common.audit;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.AuditBatchRecorded;
import dev.crm.common.events.contracts.AuditRecorded;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.web.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records that data changed: who, what, when, before and after. It goes through the outbox in the
 * change's own transaction, so there is no change without its audit entry; the tenant-service keeps
 * the trail that admins read.
 */
public class AuditTrail {

    /** A batch's entries go out in events of at most this many entries or (about) this many bytes. */
    static final int MAX_ENTRIES_PER_EVENT = 200;
    static final int MAX_BYTES_PER_EVENT = 256 * 1024;

    private final ThreadLocal<List<AuditBatchRecorded.Entry>> batch = new ThreadLocal<>();
    private final DomainEvents events;
    private final JsonMapper json;
    private final String service;

    public AuditTrail(DomainEvents events, JsonMapper json, String service) {
        this.events = events;
        this.json = json;
        this.service = service;
    }

    /** {@code before} is null for a creation, {@code after} for a removal; both are response records, never entities. */
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        DomainEvents.requireTransaction();
        CurrentUser user = CurrentUser.current().orElse(null);
        AuditRecorded change = new AuditRecorded(service, action, entityType, String.valueOf(entityId),
                user == null ? null : user.id(), user == null ? null : user.email(),
                before == null ? null : json.valueToTree(before), after == null ? null : json.valueToTree(after));
        List<AuditBatchRecorded.Entry> pending = batch.get();
        if (pending != null) pending.add(new AuditBatchRecorded.Entry(Ids.newId(), Instant.now(), change));
        else events.publish(EventType.AUDIT_RECORDED, change);
    }

    /**
     * Runs bulk work (an import batch) whose audit entries leave as a few {@code audit.batch_recorded}
     * events instead of one event each, and whose events reach the outbox in one JDBC batch
     * ({@link DomainEvents#batched}); still inside the caller's transaction.
     */
    public <T> T batched(Supplier<T> work) {
        DomainEvents.requireTransaction();
        if (batch.get() != null) return work.get();
        List<AuditBatchRecorded.Entry> pending = new ArrayList<>();
        batch.set(pending);
        try {
            return events.batched(() -> {
                T result = work.get();
                publishInChunks(pending);
                return result;
            });
        } finally {
            batch.remove();
        }
    }

    /** Chunks small enough for a broker message (NATS refuses over 1 MB by default), in the order recorded. */
    private void publishInChunks(List<AuditBatchRecorded.Entry> entries) {
        List<AuditBatchRecorded.Entry> chunk = new ArrayList<>();
        long bytes = 0;
        for (AuditBatchRecorded.Entry entry : entries) {
            long size = json.writeValueAsBytes(entry).length;
            if (!chunk.isEmpty() && (chunk.size() == MAX_ENTRIES_PER_EVENT || bytes + size > MAX_BYTES_PER_EVENT)) {
                events.publish(EventType.AUDIT_BATCH_RECORDED, new AuditBatchRecorded(List.copyOf(chunk)));
                chunk.clear();
                bytes = 0;
            }
            chunk.add(entry);
            bytes += size;
        }
        if (!chunk.isEmpty()) events.publish(EventType.AUDIT_BATCH_RECORDED, new AuditBatchRecorded(List.copyOf(chunk)));
    }
}
