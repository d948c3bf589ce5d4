package dev.crm.common.cache;

import java.util.UUID;
import java.util.function.Supplier;

/** No Redis configured: every read goes to the database. */
public final class NoRecordCache implements RecordCache {

    @Override
    public <T> T get(String entity, UUID id, Class<T> type, Supplier<T> loader) {
        return loader.get();
    }

    @Override
    public void evict(String entity, UUID id) {}

    @Override
    public void evictAll(String entity) {}
}
