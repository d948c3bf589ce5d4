package dev.crm.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crm.gateway.GatewayProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Token buckets. With Redis configured, each bucket lives there and every gateway replica takes from it
 * (one Lua script per request: refill by Redis' clock, take a token, keep the state until the bucket
 * would be full again); if Redis fails, or none is configured, each replica keeps its own Bucket4j
 * buckets in memory with the same capacity and refill, so a Redis outage (or a Redis slower than 250 ms)
 * never blocks traffic.
 */
@Component
class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    // returns {1 if taken else 0, thousandths of the tokens left}: Redis cuts a Lua number to an integer
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List<Long>> TAKE = (RedisScript) RedisScript.of("""
            local capacity = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2])
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = capacity
            if state[1] then
              tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * per_ms)
            end
            local taken = 0
            if tokens >= 1 then
              tokens = tokens - 1
              taken = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
            redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1)
            return {taken, math.floor(tokens * 1000)}""", List.class);

    /** A Redis that hangs rather than fails must not hold requests for the client's 60-second command timeout. */
    private static final Duration REDIS_WAIT = Duration.ofMillis(250);

    private final ReactiveStringRedisTemplate redis;
    private final Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();

    RateLimits(GatewayProperties crm) {
        this.redis = redisTemplate(crm.rateLimit().redisUrl());
        log.info(redis == null ? "Rate limits kept in memory (no Redis configured)" : "Rate limits shared through Redis");
        if (redis != null) warmUp();
    }

    /**
     * Opens the shared connection and loads the script before the first request: a handshake with a user
     * and password (and TLS) takes longer than a request's 250 ms wait, which would abandon it every time.
     * A Redis that refuses the service is named in the log here, once.
     */
    private void warmUp() {
        redis.execute(TAKE, List.of("crm:rl:warm-up"), List.of("1", "1")).next().subscribe(
                answer -> log.info("Redis answers the rate limits"),
                e -> log.warn("Redis failed ({}): rate limits are kept in each gateway's memory until it answers", e.getMessage()));
    }

    /** Takes one request from {@code subject}'s bucket of {@code limit}. */
    Mono<Verdict> take(Limit limit, String subject) {
        String key = "crm:rl:" + limit.name() + ":" + subject;
        if (redis == null) return Mono.just(takeLocally(limit, key));
        return redis.execute(TAKE, List.of(key), List.of(Long.toString(limit.capacity()), Double.toString(limit.perSecond() / 1000)))
                .next()
                .map(answer -> Verdict.of(limit, answer.get(1) / 1000.0, answer.get(0) == 1))
                .timeout(REDIS_WAIT)
                .onErrorResume(e -> Mono.just(takeLocally(limit, key)));
    }

    private Verdict takeLocally(Limit limit, String key) {
        Bucket bucket = local.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.refill(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return Verdict.of(limit, probe.getRemainingTokens(), probe.getNanosToWaitForReset() / 1e9,
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill() / 1e9);
    }

    /**
     * Everything the URL says reaches Lettuce: user and password ({@code redis://user:password@host:6379}),
     * database ({@code /2}) and TLS ({@code rediss://}, the JVM's trust store).
     */
    static ReactiveStringRedisTemplate redisTemplate(String url) {
        if (url == null || url.isBlank()) return null;
        RedisURI uri = RedisURI.create(url);
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        server.setDatabase(uri.getDatabase());
        server.setUsername(uri.getUsername());
        if (uri.getPassword() != null) server.setPassword(RedisPassword.of(uri.getPassword()));
        LettuceConnectionFactory factory = new LettuceConnectionFactory(server, LettuceClientConfiguration.builder().apply(uri).build());
        factory.afterPropertiesSet();
        factory.start();
        return new ReactiveStringRedisTemplate(factory);
    }
}
