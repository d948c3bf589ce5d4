package dev.crm.common.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crm.common.concurrent.Daemons;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.IterableConsumer;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one durable pull consumer per {@link EventHandler} (one event type each: NATS 2.9 takes a single
 * filter subject). Each message: set the tenant context from the envelope, handle it and record its id
 * in {@code handled_events} in one transaction, then acknowledge. The messages that arrive within
 * {@link #GATHER} of a first one are handled in one transaction per run of the same tenant, in order;
 * if that fails, each of them is handled on its own, so one bad event holds back no other (ADR 15).
 * Failures are redelivered with a delay.
 */
public class EventConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);
    private static final Duration[] BACKOFF = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)};
    /** At most this many messages share a transaction, gathered for at most {@link #GATHER} after the first. */
    static final int MAX_BATCH = 100;
    static final Duration GATHER = Duration.ofMillis(10);
    private static final String HANDLED = "crm.events.handled";
    private static final String FAILED = "crm.events.failed";
    private static final String REDELIVERED = "crm.events.redelivered";

    private final JetStreamConnection nats;
    private final List<EventHandler<?>> handlers;
    private final TenantDirectory tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final String service;
    private final String group;
    private final MeterRegistry meters;
    private final EventTracing tracing;
    private final List<Thread> workers = new ArrayList<>();
    private final Set<UUID> migrated = ConcurrentHashMap.newKeySet();
    /**
     * Tenants this database does not hold (another platform's, sharing the NATS server), not looked up
     * again for a while. An organization's events are published only after it is registered, so none
     * of its own is skipped this way.
     */
    private final Cache<UUID, Boolean> unknownTenants = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();
    private volatile boolean running;

    public EventConsumers(JetStreamConnection nats, List<EventHandler<?>> handlers, TenantDirectory tenants,
                          JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, String service, String group,
                          MeterRegistry meters) {
        this(nats, handlers, tenants, jdbc, tx, json, service, group, meters, EventTracing.NONE);
    }

    public EventConsumers(JetStreamConnection nats, List<EventHandler<?>> handlers, TenantDirectory tenants,
                          JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, String service, String group,
                          MeterRegistry meters, EventTracing tracing) {
        this.tracing = tracing;
        this.nats = nats;
        this.handlers = handlers;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.service = service;
        this.group = group == null ? "" : group;
        this.meters = meters;
    }

    /** The durable consumer names, one per handler, as JetStream and the metrics' {@code consumer} tag know them. */
    public List<String> durableNames() {
        return handlers.stream().map(this::durableName).toList();
    }

    @Override
    public void start() {
        running = true;
        for (String durable : durableNames()) { // every series exists from the start, at zero: alerts see a rate, not an absence
            meters.counter(HANDLED, "consumer", durable);
            meters.counter(FAILED, "consumer", durable);
            meters.counter(REDELIVERED, "consumer", durable);
        }
        for (EventHandler<?> handler : handlers) {
            workers.add(Daemons.start("consumer-" + durableName(handler), () -> run(handler)));
        }
    }

    @Override
    public void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * One durable per service and event type; platforms sharing a NATS server (a developer's and a
     * test run's) name a consumer group so that neither takes the other's messages.
     */
    String durableName(EventHandler<?> handler) {
        String owner = group.isBlank() ? service : service + "_" + group;
        return (owner + "__" + handler.type().name()).replace('.', '_').replace('-', '_');
    }

    private void run(EventHandler<?> handler) {
        while (running) {
            try (IterableConsumer consumer = subscribe(handler)) {
                while (running) {
                    Message message = consumer.nextMessage(Duration.ofSeconds(5));
                    if (message == null) continue;
                    process(handler, gatherAfter(message, consumer));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) return;
                log.warn("Consumer {} not ready ({}); retrying", durableName(handler), e.getMessage());
                sleep(2_000);
            }
        }
    }

    /** {@code first} and the messages that follow it within {@link #GATHER}: a burst, or a steady flow, shares a transaction. */
    private static List<Message> gatherAfter(Message first, IterableConsumer consumer) throws Exception {
        List<Message> messages = new ArrayList<>();
        messages.add(first);
        long deadline = System.nanoTime() + GATHER.toNanos();
        while (messages.size() < MAX_BATCH) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            Message next = left > 0 ? consumer.nextMessage(Duration.ofMillis(left)) : null;
            if (next == null) break;
            messages.add(next);
        }
        return messages;
    }

    private IterableConsumer subscribe(EventHandler<?> handler) throws Exception {
        nats.jetStream();
        ConsumerContext context = nats.connection().getStreamContext(EventEnvelope.STREAM).createOrUpdateConsumer(
                ConsumerConfiguration.builder()
                        .durable(durableName(handler))
                        .filterSubject(EventEnvelope.subjectOf(handler.type().name()))
                        .deliverPolicy(DeliverPolicy.All)
                        .ackPolicy(AckPolicy.Explicit)
                        .ackWait(Duration.ofSeconds(30))
                        .maxDeliver(20)
                        .build());
        // short pulls: after a NATS restart the missed heartbeats are noticed within seconds
        return context.iterate(ConsumeOptions.builder().expiresIn(5_000).build());
    }

    /** How long an event of an organization still being provisioned waits before it is heard again. */
    private static final Duration PROVISIONING_RETRY = Duration.ofMillis(500);

    /** A message read, of a tenant whose tables this service holds. */
    private record Delivery<T>(Message message, EventEnvelope envelope, T payload, TenantRecord tenant) {}

    private <T> void process(EventHandler<T> handler, List<Message> messages) {
        List<Delivery<T>> run = new ArrayList<>();
        for (Message message : messages) {
            if (message.isJetStream() && message.metaData().deliveredCount() > 1) {
                meters.counter(REDELIVERED, "consumer", durableName(handler)).increment();
            }
            Delivery<T> delivery = read(handler, message);
            if (delivery == null) continue;
            if (!run.isEmpty() && !run.get(0).tenant().id().equals(delivery.tenant().id())) {
                handleRun(handler, run);
                run = new ArrayList<>();
            }
            run.add(delivery);
        }
        if (!run.isEmpty()) handleRun(handler, run);
    }

    /** The message's envelope and payload, or null when it is settled already: unreadable (dropped) or of no tenant here (acknowledged). */
    private <T> Delivery<T> read(EventHandler<T> handler, Message message) {
        EventEnvelope envelope;
        T payload;
        try {
            envelope = json.readValue(message.getData(), EventEnvelope.class);
            payload = json.treeToValue(envelope.data(), handler.type().payload());
        } catch (RuntimeException e) {
            log.error("Dropping unreadable message on {}: {}", message.getSubject(), e.getMessage());
            message.term();
            return null;
        }
        Optional<TenantRecord> tenant = unknownTenants.getIfPresent(envelope.tenantId()) != null ? Optional.empty()
                : tenants.findById(envelope.tenantId());
        if (tenant.isEmpty()) {
            if (unknownTenants.asMap().putIfAbsent(envelope.tenantId(), Boolean.TRUE) == null) {
                log.warn("Skipping the events of unknown tenant {} (first: {})", envelope.tenantId(), envelope.eventId());
            }
            message.ack();
            return null;
        }
        if (!holdsTablesOf(envelope.tenantId())) {
            if (!tenant.get().isActive()) {
                // still being provisioned: its first events (its admin's user.created) can come before this
                // service's tables are in; hear them again in a moment
                message.nakWithDelay(PROVISIONING_RETRY);
                return null;
            }
            log.info("Skipping event {}: tenant {} has no {} tables", envelope.eventId(), envelope.tenantId(), service);
            message.ack();
            return null;
        }
        return new Delivery<>(message, envelope, payload, tenant.get());
    }

    /** Deliveries of one tenant, in order: in one transaction, or each on its own when that fails. */
    private <T> void handleRun(EventHandler<T> handler, List<Delivery<T>> run) {
        if (run.size() > 1) {
            try {
                inTransaction(handler, run);
                run.forEach(delivery -> delivery.message().ack());
                meters.counter(HANDLED, "consumer", durableName(handler)).increment(run.size());
                return;
            } catch (RuntimeException e) {
                log.info("A batch of {} events failed ({}); handling each on its own", run.size(), e.getMessage());
            }
        }
        for (Delivery<T> delivery : run) {
            try {
                inTransaction(handler, List.of(delivery));
                delivery.message().ack();
                meters.counter(HANDLED, "consumer", durableName(handler)).increment();
            } catch (RuntimeException e) {
                long attempt = delivery.message().metaData().deliveredCount();
                Duration delay = BACKOFF[(int) Math.min(attempt - 1, BACKOFF.length - 1)];
                log.warn("Event {} failed (attempt {}), redelivering in {}: {}", delivery.envelope().eventId(), attempt, delay, e.getMessage());
                delivery.message().nakWithDelay(delay);
                meters.counter(FAILED, "consumer", durableName(handler)).increment();
            }
        }
    }

    /** Records the deliveries in {@code handled_events} and handles those not handled before, all in one transaction of their tenant. */
    private <T> void inTransaction(EventHandler<T> handler, List<Delivery<T>> run) {
        MDC.put("tenant_id", run.get(0).tenant().id().toString());
        try {
            TenantContext.runAs(CurrentTenant.of(run.get(0).tenant()), () -> tx.executeWithoutResult(status -> {
                UUID[] ids = run.stream().map(delivery -> delivery.envelope().eventId()).toArray(UUID[]::new);
                Set<UUID> fresh = new HashSet<>(jdbc.queryForList("insert into public.handled_events (consumer, event_id)"
                        + " select ?, unnest(?::uuid[]) on conflict do nothing returning event_id", UUID.class, durableName(handler), ids));
                for (Delivery<T> delivery : run) {
                    MDC.put("correlation_id", String.valueOf(delivery.envelope().correlationId()));
                    // remove: the same event twice in one run (a redelivery) is handled once
                    if (fresh.remove(delivery.envelope().eventId())) handleTraced(handler, delivery);
                }
            }));
        } finally {
            MDC.remove("tenant_id");
            MDC.remove("correlation_id");
        }
    }

    /** Handles one event in a span of its own that continues the trace of its publish (the message's {@code traceparent}). */
    private <T> void handleTraced(EventHandler<T> handler, Delivery<T> delivery) {
        Message message = delivery.message();
        EventTracing.Started span = tracing.handling(
                key -> message.getHeaders() == null ? null : message.getHeaders().getFirst(key),
                delivery.envelope(), message.getSubject(), durableName(handler));
        try {
            tracing.inScope(span, () -> handler.handle(delivery.payload(), delivery.envelope()));
        } catch (RuntimeException | Error e) {
            span.end(e);
            throw e;
        }
        span.end(null);
    }

    /**
     * Whether this service has migrated its tables into the tenant's schema. Every organization the
     * platform provisions has every service's tables once it is ACTIVE (its first events may come while
     * the saga still migrates: they wait); an active one without them (made for another service's tests)
     * holds nothing an event could change here.
     */
    private boolean holdsTablesOf(UUID tenantId) {
        if (migrated.contains(tenantId)) return true;
        boolean holds = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from public.tenant_schema_versions where tenant_id = ? and service = ?)", Boolean.class, tenantId, service));
        if (holds) migrated.add(tenantId);
        return holds;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
