package dev.crm.common.persistence;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.cache.RecordCache;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.RecordEvents;
import java.util.function.Function;

/**
 * What every change of an {@link OwnedRecord} leaves behind, in the change's transaction: its domain
 * event (created, updated, deleted, restored) and its audit entry with the record as clients saw it
 * before and after; and, once the transaction commits, the record's eviction from the {@link RecordCache}.
 *
 * @param <E> the entity
 * @param <R> what clients see of it (the audit entry's before and after)
 * @param <P> the events' payload
 */
public final class RecordHistory<E extends OwnedRecord, R, P> {

    private final String entityType;
    private final RecordEvents<P> types;
    private final Function<E, R> view;
    private final Function<E, P> payload;
    private final DomainEvents events;
    private final AuditTrail audit;
    private final RecordCache cache;

    public RecordHistory(String entityType, RecordEvents<P> types, Function<E, R> view, Function<E, P> payload,
                         DomainEvents events, AuditTrail audit, RecordCache cache) {
        this.entityType = entityType;
        this.types = types;
        this.view = view;
        this.payload = payload;
        this.events = events;
        this.audit = audit;
        this.cache = cache;
    }

    public R created(E record) {
        return record(types.created(), "CREATED", record, null, view.apply(record));
    }

    public R updated(E record, R before) {
        return updated(record, before, view.apply(record));
    }

    /** {@code after}: the record as clients see it now, when the caller has it already. */
    public R updated(E record, R before, R after) {
        cache.evict(entityType, record.getId());
        return record(types.updated(), "UPDATED", record, before, after);
    }

    public void deleted(E record, R before) {
        cache.evict(entityType, record.getId());
        record(types.deleted(), "DELETED", record, before, null);
    }

    public R restored(E record) {
        cache.evict(entityType, record.getId());
        return record(types.restored(), "RESTORED", record, null, view.apply(record));
    }

    private R record(EventType<P> type, String action, E record, R before, R after) {
        events.publish(type, payload.apply(record));
        audit.record(action, entityType, record.getId(), before, after);
        return after;
    }
}
