package dev.crm.common.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The record cache ({@code crm.cache.*}).
 *
 * @param redisUrl   {@code CRM_REDIS_URL}, or redis://localhost:6379 when unset; empty: no cache
 * @param ttl        how long a record stays cached without being read from the database again
 * @param commandTimeout how long a command may take before the read goes to the database instead
 * @param retryAfter how long the services leave Redis alone after it failed
 * @param writeGuard how long a changed record is not cached again, so a read that began before the
 *                   change cannot put the old record back
 */
@ConfigurationProperties("crm.cache")
public record CacheSettings(String redisUrl, Duration ttl, Duration commandTimeout, Duration retryAfter, Duration writeGuard) {

    public boolean configured() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
