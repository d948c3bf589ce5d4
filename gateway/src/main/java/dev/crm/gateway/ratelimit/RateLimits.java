package dev.crm.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crm.gateway.GatewayProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Token buckets per client. With Redis configured the count is shared by every gateway replica (a
 * fixed one-second window kept by a Lua script); if Redis fails, or none is configured, each replica
 * limits on its own with in-memory buckets, so a Redis outage never blocks traffic.
 */
@Component
class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private static final RedisScript<Long> WINDOW = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""", Long.class);

    private final GatewayProperties.RateLimit config;
    private final ReactiveStringRedisTemplate redis;
    private final Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();

    RateLimits(GatewayProperties crm) {
        this.config = crm.rateLimit();
        this.redis = redisTemplate(config.redisUrl());
        log.info(redis == null ? "Rate limits kept in memory (no Redis configured)" : "Rate limits shared through Redis");
    }

    /** Seconds to wait before the next request is allowed; 0 when allowed now. */
    Mono<Long> tryAcquire(String client) {
        if (redis == null) return Mono.just(tryLocal(client));
        long second = System.currentTimeMillis() / 1000;
        return redis.execute(WINDOW, List.of("crm:rl:" + client + ":" + second), List.of("2000"))
                .next()
                .map(count -> count <= config.capacity() ? 0L : 1L)
                .onErrorResume(e -> Mono.just(tryLocal(client)));
    }

    private long tryLocal(String client) {
        Bucket bucket = local.get(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.capacity()).refillGreedy(config.perSecond(), Duration.ofSeconds(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }

    private static ReactiveStringRedisTemplate redisTemplate(String url) {
        if (url == null || url.isBlank()) return null;
        java.net.URI uri = java.net.URI.create(url);
        RedisConfiguration standalone = new org.springframework.data.redis.connection.RedisStandaloneConfiguration(
                uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
        LettuceConnectionFactory factory = new LettuceConnectionFactory(standalone);
        factory.afterPropertiesSet();
        factory.start();
        ReactiveRedisConnectionFactory reactive = factory;
        return new ReactiveStringRedisTemplate(reactive);
    }
}
