package dev.crm.gateway.ratelimit;

/**
 * What one bucket said about one request, in the terms of the RateLimit headers.
 *
 * @param remaining    requests left now
 * @param resetSeconds until the bucket is full again
 * @param retryAfter   seconds until the next request is allowed; 0 when this one was
 */
record Verdict(long limit, long remaining, long resetSeconds, long retryAfter) {

    boolean allowed() {
        return retryAfter == 0;
    }

    /** From a bucket's fractional content after taking (or failing to take) one token. */
    static Verdict of(Limit limit, double tokens, boolean taken) {
        double perSecond = limit.perSecond();
        return of(limit, (long) Math.floor(tokens), (limit.capacity() - tokens) / perSecond, taken ? 0 : (1 - tokens) / perSecond);
    }

    /** From what a bucket reports: tokens left, seconds until it is full, seconds until one more token (0: taken). */
    static Verdict of(Limit limit, long remaining, double secondsToFull, double secondsToNext) {
        long retryAfter = secondsToNext <= 0 ? 0 : Math.max(1, (long) Math.ceil(secondsToNext));
        return new Verdict(limit.capacity(), remaining, Math.max(1, (long) Math.ceil(secondsToFull)), retryAfter);
    }

    /** The one closer to refusing: the RateLimit headers tell a client about the tightest limit. */
    Verdict tighter(Verdict other) {
        if (allowed() != other.allowed()) return allowed() ? other : this;
        return remaining <= other.remaining ? this : other;
    }
}
