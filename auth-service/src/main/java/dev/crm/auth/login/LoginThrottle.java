package dev.crm.auth.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crm.auth.AuthError;
import dev.crm.common.web.CrmException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after 5 failed sign-ins in a minute for one account, or 20 from one client
 * address (an office behind one NAT should not lock itself out with a few typos), further attempts
 * get 429 with Retry-After until the window refills.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_FAILURES_ALLOWED = 5;
    static final int ADDRESS_FAILURES_ALLOWED = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(WINDOW.multipliedBy(2)).build();

    void checkAllowed(String accountKey, String clientIp) {
        long wait = Math.max(waitSeconds("account:" + accountKey), waitSeconds("ip:" + clientIp));
        if (wait > 0) {
            throw CrmException.retryLater(AuthError.TOO_MANY_ATTEMPTS,
                    "Too many failed sign-ins. Try again in " + wait + " seconds.", wait);
        }
    }

    void recordFailure(String accountKey, String clientIp) {
        bucket("account:" + accountKey, ACCOUNT_FAILURES_ALLOWED).tryConsume(1);
        bucket("ip:" + clientIp, ADDRESS_FAILURES_ALLOWED).tryConsume(1);
    }

    void recordSuccess(String accountKey) {
        buckets.invalidate("account:" + accountKey);
    }

    private long waitSeconds(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) return 0;
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
    }

    private Bucket bucket(String key, int allowed) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowed).refillIntervally(allowed, WINDOW).build())
                .build());
    }
}
