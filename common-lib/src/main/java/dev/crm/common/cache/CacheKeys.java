package dev.crm.common.cache;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a tenant's records live in Redis: {@code crm:<tenantId>:<entity>:<id>} for a record and
 * {@code crm:<tenantId>:<entity>:gen} for the entity type's generation, which bulk invalidation raises.
 */
final class CacheKeys {

    private static final Pattern ENTITY = Pattern.compile("[a-z][a-z_]{0,39}");

    private CacheKeys() {}

    static String record(UUID tenant, String entity, UUID id) {
        return prefix(tenant, entity) + id;
    }

    static String generation(UUID tenant, String entity) {
        return prefix(tenant, entity) + "gen";
    }

    private static String prefix(UUID tenant, String entity) {
        if (tenant == null || invalid(entity)) throw new IllegalArgumentException("a cache key needs a tenant and an entity name like 'contact', not " + entity);
        return "crm:" + tenant + ":" + entity + ":";
    }

    private static boolean invalid(String entity) {
        return entity == null || !ENTITY.matcher(entity).matches();
    }
}
