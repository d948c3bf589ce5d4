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

    enum Operation { WARM_UP, GET, EVICT, EVICT_ALL, STORE }

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CacheMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Operation operation : Operation.values()) { // zero from the start: an error rate, not an absent series
            counters.put(errorKey(operation), Counter.builder("crm.cache.errors").tag("operation", operation.name().toLowerCase()).register(meters));
        }
    }

    void got(String entity, Result result) {
        String name = result.name().toLowerCase();
        counters.computeIfAbsent("gets:" + entity + ":" + name,
                k -> Counter.builder("crm.cache.gets").tag("entity", entity).tag("result", name).register(meters)).increment();
    }

    void failed(Operation operation) {
        counters.get(errorKey(operation)).increment();
    }

    private static String errorKey(Operation operation) {
        return "errors:" + operation;
    }
}
