package dev.crm.common.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Stops calling Redis for a while after it failed a few times in a row, so an outage costs one timeout
 * per pause instead of one per request, while a single slow command (a GC pause) does not switch the
 * cache off. After the pause a single call tries again; the others keep going around it.
 */
public final class Circuit {

    private final int failuresToOpen;
    private final long pauseNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong retryAt = new AtomicLong();

    public Circuit(int failuresToOpen, Duration pause, LongSupplier nanoClock) {
        this.failuresToOpen = failuresToOpen;
        this.pauseNanos = pause.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether this call may use Redis. */
    public boolean allows() {
        if (!down.get()) return true;
        long at = retryAt.get();
        long now = nanoClock.getAsLong();
        return now - at >= 0 && retryAt.compareAndSet(at, now + pauseNanos);
    }

    /** Records a failure; true when it begins an outage (the one to log). */
    public boolean failed() {
        if (failuresInARow.incrementAndGet() < failuresToOpen) return false;
        retryAt.set(nanoClock.getAsLong() + pauseNanos);
        return down.compareAndSet(false, true);
    }

    /** Records a success; true when it ends an outage. */
    public boolean succeeded() {
        failuresInARow.set(0);
        return down.get() && down.compareAndSet(true, false);
    }
}
