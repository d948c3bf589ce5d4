package dev.crm.auth.throttling;

import dev.crm.auth.AuthError;
import dev.crm.common.cache.Circuit;
import dev.crm.common.web.CrmException;
import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spends attempts before the work they pay for. Counts in Redis when there is one, so all replicas share
 * them; while Redis is absent or failing (after a few failures in a row it is left alone for a while, the
 * record cache's {@link Circuit}), in this instance's memory, which still bounds each instance.
 */
public class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);
    private static final int FAILURES_TO_PAUSE = 3;

    private final AttemptBuckets shared;
    private final AttemptBuckets local = new LocalAttemptBuckets();
    private final Circuit circuit;

    Throttle(AttemptBuckets sharedOrNull, Duration retryRedisAfter) {
        this.shared = sharedOrNull;
        this.circuit = new Circuit(FAILURES_TO_PAUSE, retryRedisAfter, System::nanoTime);
    }

    /** Takes one attempt from each bucket, or refuses with 429 and Retry-After when any is empty (and takes none). */
    public void spend(String refusal, Attempt... attempts) {
        long waitMillis = call(buckets -> buckets.take(List.of(attempts)));
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            throw CrmException.retryLater(AuthError.TOO_MANY_ATTEMPTS, refusal + " Try again in " + seconds + " seconds.", seconds);
        }
    }

    /** Returns an attempt that turned out not to count (a right password). */
    public void giveBack(Attempt attempt) {
        call(buckets -> {
            buckets.giveBack(attempt);
            return 0;
        });
    }

    /** Starts a subject over (an account after a right password). */
    public void clear(Attempt attempt) {
        call(buckets -> {
            buckets.clear(attempt);
            return 0;
        });
    }

    private long call(ToLongFunction<AttemptBuckets> work) {
        if (shared == null || !circuit.allows()) return work.applyAsLong(local);
        try {
            long result = work.applyAsLong(shared);
            if (circuit.succeeded()) log.info("Redis answers again: attempts are counted for all instances");
            return result;
        } catch (RuntimeException e) {
            if (circuit.failed()) log.warn("Redis failed ({}): attempts are counted in this instance only", e.getMessage());
            return work.applyAsLong(local);
        }
    }
}
