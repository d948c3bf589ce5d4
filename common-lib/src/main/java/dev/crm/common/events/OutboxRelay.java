package dev.crm.common.events;

import dev.crm.common.concurrent.Daemons;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.JetStream;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes this service's outbox rows to JetStream in order, each with {@code Nats-Msg-Id} = event id
 * so that a retry inside the de-duplication window is not delivered twice, then marks them published.
 * Woken right after a commit; polls every second besides, which also retries while NATS is down.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JetStreamConnection nats;
    private final String producer;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private final EventTracing tracing;
    private volatile boolean running;
    private Thread worker;
    private Thread pruner;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, JetStreamConnection nats, String producer, MeterRegistry meters) {
        this(jdbc, tx, nats, producer, meters, EventTracing.NONE);
    }

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, JetStreamConnection nats, String producer, MeterRegistry meters,
                       EventTracing tracing) {
        this.tracing = tracing;
        this.jdbc = jdbc;
        this.tx = tx;
        this.nats = nats;
        this.producer = producer;
        this.published = Counter.builder("crm.outbox.published").description("Events published to JetStream").register(meters);
        this.failures = Counter.builder("crm.outbox.publish.failures").description("Failed publish attempts").register(meters);
        meters.gauge("crm.outbox.pending", this, OutboxRelay::pendingCount);
        Gauge.builder("crm.outbox.oldest.age", this, OutboxRelay::oldestPendingAgeSeconds).baseUnit("seconds")
                .description("How long the oldest event not yet published has waited (0 when none waits)").register(meters);
    }

    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        worker = Daemons.start("outbox-relay", this::loop);
        // on a thread of its own: a slow delete must never hold back publishing
        pruner = Daemons.start("outbox-prune", this::pruneLoop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) worker.interrupt();
        if (pruner != null) pruner.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeUps.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && relayBatch() == BATCH) {
                    // a full batch: more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed: {}", e.getMessage());
            }
        }
    }

    /** Publishes one batch; returns how many rows it published. */
    int relayBatch() {
        Integer count = tx.execute(status -> {
            List<Row> rows = jdbc.query("""
                    select id, event_id, subject, payload::text, traceparent from public.event_outbox
                    where producer = ? and published_at is null order by id limit ? for update skip locked""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5)),
                    producer, BATCH);
            if (rows.isEmpty()) return 0;
            JetStream js;
            try {
                js = nats.jetStream();
            } catch (java.io.IOException e) {
                return 0;
            }
            // all of the batch in flight at once (one connection keeps their order), then one write for those acknowledged
            List<CompletableFuture<PublishAck>> acks = new ArrayList<>(rows.size());
            // a span per event, a child of the request that wrote it; its context travels in the message's headers
            List<EventTracing.Started> spans = new ArrayList<>(rows.size());
            for (Row row : rows) {
                EventTracing.Started span = tracing.publishing(row.traceparent(), row.subject(), row.eventId());
                spans.add(span);
                Headers headers = new Headers();
                if (span.traceparent() != null) headers.put(EventTracing.TRACEPARENT, span.traceparent());
                else if (row.traceparent() != null) headers.put(EventTracing.TRACEPARENT, row.traceparent());
                try {
                    acks.add(js.publishAsync(row.subject(), headers, row.payload().getBytes(StandardCharsets.UTF_8),
                            PublishOptions.builder().messageId(row.eventId().toString()).build()));
                } catch (RuntimeException e) {
                    spans.forEach(started -> started.end(e));
                    throw e;
                }
            }
            int done = 0;
            Exception failure = null;
            while (done < rows.size() && (failure = failureOf(acks.get(done))) == null) spans.get(done++).end(null);
            // the one that failed, and those after it (they go again with it)
            for (int i = done; i < rows.size(); i++) spans.get(i).end(i == done ? failure : null);
            if (done > 0) {
                jdbc.update("update public.event_outbox set published_at = now(), attempts = attempts + 1 where id = any(?)",
                        (Object) rows.subList(0, done).stream().map(Row::id).toArray(Long[]::new));
                published.increment(done);
            }
            if (failure != null) {
                // later rows wait for this one; any of them JetStream took already is dropped as a duplicate when they go again
                failures.increment();
                jdbc.update("update public.event_outbox set attempts = attempts + 1, last_error = left(?, 500) where id = ?",
                        String.valueOf(failure.getMessage()), rows.get(done).id());
            }
            return done;
        });
        return count == null ? 0 : count;
    }

    /**
     * Published rows are kept a day (to republish by hand after a broker that lost acknowledged
     * writes, docs/adr/0002), handled-event ids a week (far beyond JetStream's redelivery).
     */
    private void pruneLoop() {
        while (running) {
            try {
                Thread.sleep(PRUNE_EVERY.toMillis());
                prune();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox prune failed: {}", e.getMessage());
            }
        }
    }

    private void prune() {
        jdbc.update("delete from public.event_outbox where producer = ? and published_at < now() - interval '1 day'", producer);
        jdbc.update("delete from public.handled_events where consumer like ? and handled_at < now() - interval '7 days'", producer + "%\\_\\_%");
    }

    /** Why JetStream did not store this message; null when it did (or had it already: same event id). */
    private static Exception failureOf(CompletableFuture<PublishAck> ack) {
        try {
            PublishAck stored = ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return stored.hasError() ? new IllegalStateException(stored.getError()) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            return new TimeoutException("No acknowledgement from JetStream in " + ACK_TIMEOUT.toSeconds() + " s");
        }
    }

    double pendingCount() {
        Long pending = jdbc.queryForObject("select count(*) from public.event_outbox where producer = ? and published_at is null", Long.class, producer);
        return pending == null ? 0 : pending;
    }

    double oldestPendingAgeSeconds() {
        Double age = jdbc.queryForObject("select coalesce(extract(epoch from now() - min(created_at)), 0) from public.event_outbox"
                + " where producer = ? and published_at is null", Double.class, producer);
        return age == null ? 0 : age;
    }

    private record Row(long id, UUID eventId, String subject, String payload, String traceparent) {}
}
