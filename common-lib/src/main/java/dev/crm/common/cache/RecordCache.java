package dev.crm.common.cache;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records of the current tenant by id, as clients see them, kept for a while so a read by id need not
 * reach the database. Every change of a record must {@link #evict} it; a change of many records at once
 * (a custom field removed, an import, a purge) {@link #evictAll evicts the entity type}. Never fails a
 * request: without a cache, or when it is unreachable, every read goes to the loader.
 */
public interface RecordCache {

    /** The cached record, or what {@code loader} gives (then cached); a loader's exception passes through and caches nothing. */
    <T> T get(String entity, UUID id, Class<T> type, Supplier<T> loader);

    /** Forgets one record once the surrounding transaction commits (at once outside a transaction). */
    void evict(String entity, UUID id);

    /** Forgets every record of the entity type in this tenant once the surrounding transaction commits. */
    void evictAll(String entity);
}
