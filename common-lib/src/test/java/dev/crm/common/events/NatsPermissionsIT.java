package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.ConsumerContext;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-service NATS users of docs/security.md ({@code nats/service-users.conf}) on a real nats-server:
 * each service publishes its own event types and no other's, and a consuming service reads and
 * acknowledges the types it subscribes to.
 */
class NatsPermissionsIT {

    private static final Map<String, String> PASSWORDS = Map.of(
            "AUTH_NATS_PASSWORD", "auth-pw", "TENANT_NATS_PASSWORD", "tenant-pw", "CONTACT_NATS_PASSWORD", "contact-pw",
            "DEAL_NATS_PASSWORD", "deal-pw", "COMMUNICATION_NATS_PASSWORD", "communication-pw");

    static NatsServerProcess nats;
    static JetStreamConnection tenant;
    static JetStreamConnection contact;
    static JetStreamConnection deal;

    @BeforeAll
    static void start() throws Exception {
        String users;
        try (var in = NatsPermissionsIT.class.getResourceAsStream("/nats/service-users.conf")) {
            users = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        nats = NatsServerProcess.startedWithConfig(users, PASSWORDS);
        tenant = connect("tenant"); // the one allowed to create the stream: first
        contact = connect("contact");
        deal = connect("deal");
    }

    @AfterAll
    static void stop() throws Exception {
        for (JetStreamConnection connection : new JetStreamConnection[] {deal, contact, tenant}) {
            if (connection != null) connection.destroy();
        }
        if (nats != null) nats.close();
    }

    @Test
    void aServicePublishesItsOwnEventTypesOnly() throws Exception {
        assertThat(publish(tenant, "tenant.created").getStream()).isEqualTo(EventEnvelope.STREAM);
        assertThat(publish(contact, "contact.created").getStream()).isEqualTo(EventEnvelope.STREAM);
        assertThat(publish(contact, "audit.recorded").getStream()).isEqualTo(EventEnvelope.STREAM);

        assertThatThrownBy(() -> publish(contact, "deal.created")).as("contact publishes deal.created");
        assertThatThrownBy(() -> publish(deal, "user.created")).as("deal publishes user.created");
    }

    @Test
    void aConsumingServiceReadsAndAcknowledgesWhatItSubscribesTo() throws Exception {
        publish(contact, "company.updated");
        ConsumerContext consumer = consumer(deal, "deal__company_updated", "company.updated");

        Message message = consumer.next(Duration.ofSeconds(5));

        assertThat(message).isNotNull();
        message.ackSync(Duration.ofSeconds(2));
    }

    @Test
    void aServiceThatConsumesNothingCannotCreateConsumers() {
        assertThatThrownBy(() -> consumer(contact, "contact__deal_created", "deal.created"));
    }

    private static ConsumerContext consumer(JetStreamConnection service, String durable, String type) throws Exception {
        service.jetStream();
        return service.connection().getStreamContext(EventEnvelope.STREAM).createOrUpdateConsumer(ConsumerConfiguration.builder()
                .durable(durable).filterSubject(EventEnvelope.subjectOf(type)).ackPolicy(AckPolicy.Explicit).build());
    }

    private static io.nats.client.api.PublishAck publish(JetStreamConnection service, String type) throws Exception {
        return service.jetStream().publish(EventEnvelope.subjectOf(type), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static JetStreamConnection connect(String service) throws InterruptedException {
        JetStreamConnection connection = new JetStreamConnection(
                "nats://" + service + ":" + service + "-pw@127.0.0.1:" + nats.port(), service + "-service", NatsAuth.NONE);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!connection.isConnected() && System.nanoTime() < deadline) Thread.sleep(50);
        return connection;
    }
}
