package dev.crm.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedWorkTests {

    @Test
    void workBeyondTheQueueIsDroppedAndCountedNotHeld() throws InterruptedException {
        BoundedWork work = new BoundedWork("test-work", 1, 10);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        work.submit(() -> {
            started.countDown();
            await(release);
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 10_010; i++) work.submit(done::incrementAndGet);
        assertThat(work.dropped()).isEqualTo(10_000);

        release.countDown();
        work.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (done.get() < 10 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(done.get()).as("the queued work is done").isEqualTo(10);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
