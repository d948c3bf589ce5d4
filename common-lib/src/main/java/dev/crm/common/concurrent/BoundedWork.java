package dev.crm.common.concurrent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after an answer has gone out (a password reset link, say), on a few daemon threads with a
 * bounded queue: when requests arrive faster than the work is done, the excess is dropped and counted,
 * rather than queued until the memory runs out. Only for work whose loss the client cannot notice.
 */
public final class BoundedWork {

    private static final Logger log = LoggerFactory.getLogger(BoundedWork.class);

    private final ThreadPoolExecutor pool;
    private final AtomicLong dropped = new AtomicLong();

    public BoundedWork(String name, int threads, int capacity) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                work -> {
                    Thread thread = new Thread(work, name);
                    thread.setDaemon(true);
                    return thread;
                },
                (work, full) -> {
                    if (dropped.incrementAndGet() % 1000 == 1) log.warn("{}: more work than it can do, {} dropped so far", name, dropped.get());
                });
    }

    public void submit(Runnable work) {
        pool.execute(work);
    }

    /** Takes no more work; what is under way finishes. */
    public void shutdown() {
        pool.shutdown();
    }

    /** How many pieces of work were dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }
}
