package dev.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.JetStreamConnection;
import dev.crm.common.events.NatsServerProcess;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.testing.ApiClient;
import io.nats.client.Message;
import io.nats.client.OrderedConsumerContext;
import io.nats.client.api.OrderedConsumerConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deals against a nats-server of their own, which the test stops: deals still save, and when NATS is
 * back every event of the outage reaches JetStream exactly once, and what the service hears is handled once.
 */
class DealEventsAcrossNatsRestartIT extends DealServiceApiTest {

    static final NatsServerProcess NATS = NatsServerProcess.started();

    @DynamicPropertySource
    static void nats(DynamicPropertyRegistry registry) {
        registry.add("crm.nats-url", NATS::url);
    }

    @AfterAll
    static void stopNats() throws InterruptedException {
        NATS.close();
    }

    @Autowired
    JetStreamConnection nats;

    private List<String> outboxEventIds(String subjectPrefix) {
        return jdbc.queryForList("select event_id::text from public.event_outbox where payload->>'tenant_id' = ? and subject like ? order by id",
                String.class, acme.id().toString(), subjectPrefix + "%");
    }

    private long unpublished() {
        return jdbc.queryForObject("select count(*) from public.event_outbox where payload->>'tenant_id' = ? and published_at is null",
                Long.class, acme.id().toString());
    }

    /** Every message in the stream on {@code subjects} of this test's organization, as event ids in stream order. */
    private List<String> streamEventIds(String subjects) throws Exception {
        OrderedConsumerContext reader = nats.connection().getStreamContext(EventEnvelope.STREAM)
                .createOrderedConsumer(new OrderedConsumerConfiguration().filterSubject(subjects));
        List<String> ids = new ArrayList<>();
        for (Message m = reader.next(Duration.ofSeconds(2)); m != null; m = reader.next(Duration.ofSeconds(1))) {
            JsonEnvelope envelope = JsonEnvelope.of(new String(m.getData(), StandardCharsets.UTF_8));
            if (envelope.tenantId().equals(acme.id().toString())) ids.add(envelope.eventId());
        }
        return ids;
    }

    private record JsonEnvelope(String eventId, String tenantId) {
        static JsonEnvelope of(String json) {
            var node = new ApiClient.Response(200, Map.of(), json).json();
            return new JsonEnvelope(node.get("event_id").asString(), node.get("tenant_id").asString());
        }
    }

    @Test
    void dealsSaveWhileNatsIsDownAndEveryEventArrivesOnceWhenItIsBack() throws Exception {
        UUID contactId = UUID.randomUUID();
        NATS.stop();

        ApiClient.Response created = admin.api().post("/api/deals", Map.of("name", "Offline", "value", 10, "contactId", contactId.toString()));
        assertThat(created.status()).as("saved without NATS").isEqualTo(201);
        String path = "/api/deals/" + created.field("id");
        assertThat(admin.api().patch(path, Map.of("stageId", stage.get("Qualified"))).status()).isEqualTo(200);
        assertThat(admin.api().patch(path, Map.of("status", "WON")).status()).isEqualTo(200);
        UUID heard = tx.execute(status -> events.publish(EventType.CONTACT_DELETED,
                new ContactChanged(contactId, "Ada", "Lovelace", null, null, null), acme.id(), null));
        Thread.sleep(1500);
        assertThat(unpublished()).as("waiting in the outbox").isGreaterThanOrEqualTo(9);

        NATS.start();
        eventually("the outbox drains", Duration.ofSeconds(30), () -> unpublished() == 0);
        eventually("the contact's deletion is heard", Duration.ofSeconds(30), () -> admin.api().get(path).json().get("contactDeleted").asBoolean());

        assertThat(streamEventIds("crm.events.deal.>")).as("each deal event once, in order")
                .containsExactlyElementsOf(outboxEventIds("crm.events.deal."))
                .hasSize(6);
        assertThat(admin.api().get(path).field("contactName")).isEqualTo("Ada Lovelace");
        assertThat(jdbc.queryForObject("select count(*) from public.handled_events where event_id = ?", Long.class, heard)).isEqualTo(1);
    }
}
