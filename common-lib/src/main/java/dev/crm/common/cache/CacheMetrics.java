package dev.crm.common.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code crm.cache.gets} by entity and result (hit, miss, bypass: Redis left alone after a failure) and
 * {@code crm.cache.errors} by operation.
 */
final class CacheMetrics {

    enum Result { HIT, MISS, BYPASS }

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CacheMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void got(String entity, Result result) {
        String name = result.name().toLowerCase();
        counters.computeIfAbsent("gets:" + entity + ":" + name,
                k -> Counter.builder("crm.cache.gets").tag("entity", entity).tag("result", name).register(meters)).increment();
    }

    void failed(String operation) {
        counters.computeIfAbsent("errors:" + operation,
                k -> Counter.builder("crm.cache.errors").tag("operation", operation).register(meters)).increment();
    }
}
