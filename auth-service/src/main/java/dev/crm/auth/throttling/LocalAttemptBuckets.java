package dev.crm.auth.throttling;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Buckets in this instance's memory (bucket4j): used while Redis is absent or failing. */
final class LocalAttemptBuckets implements AttemptBuckets {

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    @Override
    public long take(List<Attempt> attempts) {
        List<Bucket> taken = new ArrayList<>(attempts.size());
        for (Attempt attempt : attempts) {
            Bucket bucket = buckets.get(attempt.key(), key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(attempt.limit().allowed())
                            .refillIntervally(attempt.limit().allowed(), attempt.limit().window()).build())
                    .build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(t -> t.addTokens(1));
                return Math.max(1, TimeUnit.NANOSECONDS.toMillis(probe.getNanosToWaitForRefill()));
            }
            taken.add(bucket);
        }
        return 0;
    }

    @Override
    public void giveBack(Attempt attempt) {
        Bucket bucket = buckets.getIfPresent(attempt.key());
        if (bucket != null) bucket.addTokens(1);
    }

    @Override
    public void clear(Attempt attempt) {
        buckets.invalidate(attempt.key());
    }
}
