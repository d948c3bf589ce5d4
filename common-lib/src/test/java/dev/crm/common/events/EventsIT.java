package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.TenantCreated;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox, the relay and a durable consumer against real PostgreSQL and a real nats-server: events
 * commit with the change, reach consumers once, and wait in the outbox while NATS is down.
 */
@SpringBootTest(classes = EventsIT.App.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.service=eventsit",
    "crm.internal-secret=events-it-internal-secret-0123456789"
})
class EventsIT {

    static final NatsServerProcess NATS = NatsServerProcess.started();

    @DynamicPropertySource
    static void nats(DynamicPropertyRegistry registry) {
        registry.add("crm.nats-url", NATS::url);
    }

    @AfterAll
    static void stopNats() throws InterruptedException {
        NATS.close();
    }

    @SpringBootApplication
    static class App {
        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }
    }

    /** The consumer under test: remembers what it handled and for which tenant context. */
    static class RecordingHandler implements EventHandler<TenantCreated> {
        final List<String> handled = new CopyOnWriteArrayList<>();

        @Override
        public EventType<TenantCreated> type() {
            return EventType.TENANT_CREATED;
        }

        final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

        @Override
        public void handle(TenantCreated event, EventEnvelope envelope) {
            if (event.subdomain().startsWith("fail-once-") && failedOnce.add(event.subdomain())) {
                throw new IllegalStateException("failing once: " + event.subdomain());
            }
            handled.add(event.subdomain() + "@" + TenantContext.require().id());
        }
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired DomainEvents events;
    @Autowired RecordingHandler handler;

    CurrentTenant tenant;

    @BeforeEach
    void tenant() {
        UUID id = UUID.randomUUID();
        String subdomain = "ev" + id.toString().substring(0, 8);
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, 'Events', ?, 'ACTIVE')",
                id, subdomain, subdomain + "_1");
        // as if this service had migrated its tables into the tenant's schema: consumers skip tenants without them
        jdbc.update("insert into public.tenant_schema_versions (tenant_id, service, version) values (?, 'eventsit', '1')", id);
        tenant = new CurrentTenant(id, subdomain, subdomain + "_1");
    }

    private UUID publish(String marker) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> events.publish(EventType.TENANT_CREATED,
                new TenantCreated(tenant.id(), marker, "Events", "FREE", null, null))));
    }

    @Test
    void anEventCommittedWithItsChangeReachesTheConsumerOnceInItsTenantContext() {
        UUID eventId = publish("once-" + tenant.subdomain());
        eventually(() -> handler.handled.contains("once-" + tenant.subdomain() + "@" + tenant.id()));
        assertThat(jdbc.queryForObject("select published_at is not null from public.event_outbox where event_id = ?", Boolean.class, eventId)).isTrue();

        // the relay publishes the same row again (as after a crash between publish and mark): delivered once
        jdbc.update("update public.event_outbox set published_at = null where event_id = ?", eventId);
        eventually(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select published_at is not null from public.event_outbox where event_id = ?", Boolean.class, eventId)));
        sleep(1500);
        assertThat(handler.handled.stream().filter(h -> h.startsWith("once-" + tenant.subdomain()))).hasSize(1);
    }

    @Test
    void aBurstIsHandledInOrderOnceEachInItsOwnTenantAndAFailingEventHoldsBackNoOther() {
        CurrentTenant first = tenant;
        tenant();
        CurrentTenant second = tenant;
        List<Map.Entry<CurrentTenant, String>> burst = new ArrayList<>();
        for (int i = 0; i < 5; i++) burst.add(Map.entry(first, "burst" + i + "-" + first.subdomain()));
        burst.add(Map.entry(second, "fail-once-" + second.subdomain()));
        for (int i = 5; i < 10; i++) burst.add(Map.entry(i % 2 == 0 ? first : second, "burst" + i + "-" + first.subdomain()));
        // one transaction: the relay publishes them together and they wait for the consumer together
        tx.executeWithoutResult(status -> burst.forEach(event -> TenantContext.runAs(event.getKey(), () -> events.publish(
                EventType.TENANT_CREATED, new TenantCreated(event.getKey().id(), event.getValue(), "Events", "FREE", null, null)))));

        List<String> expected = burst.stream().map(event -> event.getValue() + "@" + event.getKey().id()).toList();
        eventually(() -> handler.handled.containsAll(expected));
        List<String> others = expected.stream().filter(e -> !e.startsWith("fail-once-")).toList();
        assertThat(handler.handled.stream().filter(others::contains).toList()).as("in order, once each").isEqualTo(others);
        assertThat(handler.handled.stream().filter(h -> h.startsWith("fail-once-" + second.subdomain()))).as("handled once, when retried").hasSize(1);
    }

    @Test
    void anEventOfATenantWithoutThisServicesTablesIsAcknowledgedUnhandled() {
        jdbc.update("delete from public.tenant_schema_versions where tenant_id = ?", tenant.id()); // no tables of this service
        String skipped = "skipped-" + tenant.subdomain();
        publish(skipped);
        tenant(); // another organization, with them
        String handled = "handled-" + tenant.subdomain();
        publish(handled);
        // one consumer takes the subject's events in order: once the second is handled, the first was taken
        eventually(() -> handler.handled.contains(handled + "@" + tenant.id()));
        assertThat(handler.handled).as("acknowledged, not handled").noneMatch(h -> h.startsWith(skipped));
    }

    @Test
    void anEventRolledBackWithItsChangeIsNeverPublished() {
        String marker = "rolledback-" + tenant.subdomain();
        TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
            events.publish(EventType.TENANT_CREATED, new TenantCreated(tenant.id(), marker, "Events", "FREE", null, null));
            status.setRollbackOnly();
        }));
        sleep(1500);
        assertThat(jdbc.queryForObject("select count(*) from public.event_outbox where payload->'data'->>'subdomain' = ?", Long.class, marker)).isZero();
        assertThat(handler.handled).noneMatch(h -> h.startsWith(marker));
    }

    @Test
    void eventsWaitInTheOutboxWhileNatsIsDownAndFlowWhenItIsBack() throws Exception {
        NATS.stop();
        UUID eventId = publish("outage-" + tenant.subdomain());
        sleep(2500);
        assertThat(jdbc.queryForObject("select published_at is null from public.event_outbox where event_id = ?", Boolean.class, eventId)).isTrue();

        NATS.start();
        eventually(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select published_at is not null from public.event_outbox where event_id = ?", Boolean.class, eventId)));
        eventually(() -> handler.handled.contains("outage-" + tenant.subdomain() + "@" + tenant.id()));
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            sleep(100);
        }
        throw new AssertionError("condition not met within 20 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
