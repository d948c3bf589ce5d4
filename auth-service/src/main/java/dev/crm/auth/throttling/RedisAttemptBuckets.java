package dev.crm.auth.throttling;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Buckets every replica shares: a counter per bucket that lives for its window from the first attempt
 * (a fixed window). One script checks every bucket and counts the attempt in all of them, so parallel
 * attempts cannot all pass a check made before any of them counted.
 */
final class RedisAttemptBuckets implements AttemptBuckets {

    /** KEYS: buckets; ARGV: allowed per bucket, then window ms per bucket. Returns 0, or ms until a full bucket empties. */
    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local n = #KEYS
            local wait = 0
            for i, key in ipairs(KEYS) do
              if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i]) then
                local ttl = redis.call('PTTL', key)
                if ttl < 0 then
                  ttl = tonumber(ARGV[n + i])
                  redis.call('PEXPIRE', key, ttl)
                end
                if ttl > wait then wait = ttl end
              end
            end
            if wait > 0 then return wait end
            for i, key in ipairs(KEYS) do
              if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[n + i]) end
            end
            return 0
            """, Long.class);
    private static final RedisScript<Long> GIVE_BACK = RedisScript.of("""
            if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then return redis.call('DECR', KEYS[1]) end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisAttemptBuckets(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public long take(List<Attempt> attempts) {
        List<String> keys = new ArrayList<>(attempts.size());
        List<String> args = new ArrayList<>(attempts.size() * 2);
        attempts.forEach(a -> {
            keys.add(a.key());
            args.add(Integer.toString(a.limit().allowed()));
        });
        attempts.forEach(a -> args.add(Long.toString(a.limit().window().toMillis())));
        Long wait = redis.execute(TAKE, keys, args.toArray());
        return wait == null ? 0 : wait;
    }

    @Override
    public void giveBack(Attempt attempt) {
        redis.execute(GIVE_BACK, List.of(attempt.key()));
    }

    @Override
    public void clear(Attempt attempt) {
        redis.delete(attempt.key());
    }
}
