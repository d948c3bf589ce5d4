package dev.crm.common.cache;

import dev.crm.common.cache.CacheMetrics.Operation;
import dev.crm.common.cache.CacheMetrics.Result;
import dev.crm.common.tenant.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record cache in Redis, shared by every instance of a service. A read fetches the record's key and
 * its entity type's generation in one MGET and uses the value only when both generation and record
 * shape match. A change replaces the key with a short-lived tombstone after its transaction commits;
 * a read that loaded the record before the change stores it only where no tombstone is and the
 * generation is still the one it read (one script, so nothing slips in between). Any Redis failure
 * serves from the loader and pauses reads through the cache ({@link Circuit}); evictions are always
 * tried, since a lost one leaves an old record readable until its TTL ends.
 */
public final class RedisRecordCache implements RecordCache {

    private static final Logger log = LoggerFactory.getLogger(RedisRecordCache.class);
    private static final int FAILURES_TO_PAUSE = 3;

    /** KEYS: record, generation; ARGV: generation read before loading, value, ttl ms. */
    private static final RedisScript<Long> STORE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == '-' then return 0 end
            if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
            """, Long.class);
    /** KEYS: generation; ARGV: how long it must outlive the values written under the old one, ms. */
    private static final RedisScript<Long> NEXT_GENERATION = RedisScript.of("""
            local g = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return g
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final CacheSettings settings;
    private final Circuit circuit;
    private final CacheMetrics metrics;

    public RedisRecordCache(StringRedisTemplate redis, JsonMapper json, CacheSettings settings, MeterRegistry meters) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.circuit = new Circuit(FAILURES_TO_PAUSE, settings.retryAfter(), System::nanoTime);
        this.metrics = new CacheMetrics(meters);
    }

    /**
     * Connects and runs the scripts once before the first request, so a cold start (connection, class
     * loading) is not taken for an outage by a request's short timeout.
     */
    public void warmUp() {
        try {
            redis.execute(STORE, List.of("crm:warm-up:record", "crm:warm-up:gen"), "0", CachedValue.TOMBSTONE, "1000");
            redis.opsForValue().multiGet(List.of("crm:warm-up:record", "crm:warm-up:gen"));
        } catch (RuntimeException e) {
            failed(Operation.WARM_UP, e);
        }
    }

    @Override
    public <T> T get(String entity, UUID id, Class<T> type, Supplier<T> loader) {
        if (!circuit.allows()) {
            metrics.got(entity, Result.BYPASS);
            return loader.get();
        }
        UUID tenant = TenantContext.require().id();
        String key = CacheKeys.record(tenant, entity, id);
        String generationKey = CacheKeys.generation(tenant, entity);
        List<String> found;
        try {
            found = redis.opsForValue().multiGet(List.of(key, generationKey));
            succeeded();
        } catch (RuntimeException e) {
            failed(Operation.GET, e);
            metrics.got(entity, Result.BYPASS);
            return loader.get();
        }
        long generation = CachedValue.generation(found.get(1));
        int shape = CachedValue.shapeOf(type);
        CachedValue cached = CachedValue.decode(found.get(0));
        if (cached != null && cached.isCurrent(generation, shape)) {
            T value = readOrNull(cached.json(), type);
            if (value != null) {
                metrics.got(entity, Result.HIT);
                return value;
            }
        }
        metrics.got(entity, Result.MISS);
        T loaded = loader.get();
        store(key, generationKey, new CachedValue(generation, shape, json.writeValueAsString(loaded)));
        return loaded;
    }

    @Override
    public void evict(String entity, UUID id) {
        String key = CacheKeys.record(TenantContext.require().id(), entity, id);
        afterCommit(() -> {
            try {
                redis.opsForValue().set(key, CachedValue.TOMBSTONE, settings.writeGuard());
                succeeded();
            } catch (RuntimeException e) {
                failed(Operation.EVICT, e);
            }
        });
    }

    @Override
    public void evictAll(String entity) {
        String generationKey = CacheKeys.generation(TenantContext.require().id(), entity);
        String outlive = Long.toString(settings.ttl().multipliedBy(2).toMillis());
        afterCommit(() -> {
            try {
                redis.execute(NEXT_GENERATION, List.of(generationKey), outlive);
                succeeded();
            } catch (RuntimeException e) {
                failed(Operation.EVICT_ALL, e);
            }
        });
    }

    private void store(String key, String generationKey, CachedValue value) {
        try {
            redis.execute(STORE, List.of(key, generationKey), Long.toString(value.generation()), value.encoded(),
                    Long.toString(settings.ttl().toMillis()));
        } catch (RuntimeException e) {
            failed(Operation.STORE, e);
        }
    }

    private <T> T readOrNull(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JacksonException e) {
            return null; // written by another release: read from the database and overwrite it
        }
    }

    private static void afterCommit(Runnable eviction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            eviction.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                eviction.run();
            }
        });
    }

    private void failed(Operation operation, RuntimeException e) {
        metrics.failed(operation);
        if (circuit.failed()) {
            log.warn("Redis failed ({}), records are read from the database; trying again in {}", e.getMessage(), settings.retryAfter());
        }
    }

    private void succeeded() {
        if (circuit.succeeded()) log.info("Redis answers again: records are cached");
    }
}
