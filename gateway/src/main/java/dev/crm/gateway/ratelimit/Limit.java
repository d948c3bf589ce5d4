package dev.crm.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: {@code capacity} requests at once, refilled with {@code refill} requests every {@code period}.
 *
 * @param name names the bucket family in keys, so one subject has separate buckets per limit
 */
record Limit(String name, long capacity, long refill, Duration period) {

    double perSecond() {
        return refill * 1_000_000_000.0 / period.toNanos();
    }
}
