package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consumer's lag and the stream's size as an operator's dashboard shows them, read from a real JetStream. */
class JetStreamMetricsIT {

    private static final String DURABLE = "metrics_it__deal_won";

    @Test
    void showsWhatAConsumerHasNotReceivedAndNothingMadeUpWhileNatsIsDown() throws Exception {
        try (NatsServerProcess nats = NatsServerProcess.startedWith()) {
            JetStreamConnection connection = new JetStreamConnection(nats.url(), "metrics-it", NatsAuth.NONE);
            connection.ensureStream();
            connection.management().addOrUpdateConsumer(EventEnvelope.STREAM, ConsumerConfiguration.builder()
                    .durable(DURABLE).filterSubject(EventEnvelope.subjectOf("deal.closed_won")).ackPolicy(AckPolicy.Explicit).build());
            for (int i = 0; i < 3; i++) {
                connection.jetStream().publish(EventEnvelope.subjectOf("deal.closed_won"), "{}".getBytes(StandardCharsets.UTF_8));
            }
            connection.jetStream().publish(EventEnvelope.subjectOf("contact.created"), "{}".getBytes(StandardCharsets.UTF_8));

            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            JetStreamMetrics metrics = new JetStreamMetrics(connection, List.of(DURABLE, "metrics_it__not_created_yet"), meters);
            metrics.refresh();
            assertThat(gauge(meters, "crm.events.consumer.pending", DURABLE)).as("its three events, not the contact's").isEqualTo(3);
            assertThat(gauge(meters, "crm.events.consumer.unacknowledged", DURABLE)).isZero();
            assertThat(gauge(meters, "crm.events.consumer.pending", "metrics_it__not_created_yet")).isNaN();
            assertThat(meters.get("crm.jetstream.stream.messages").gauge().value()).isEqualTo(4);
            assertThat(meters.get("crm.jetstream.stream.size").gauge().value()).isPositive();

            nats.stop();
            Thread.sleep(200); // the connection notices
            metrics.refresh();
            assertThat(gauge(meters, "crm.events.consumer.pending", DURABLE)).as("unknown, not zero, while NATS is down").isNaN();
            assertThat(meters.get("crm.jetstream.stream.messages").gauge().value()).isNaN();
            connection.destroy();
        }
    }

    private static double gauge(SimpleMeterRegistry meters, String name, String consumer) {
        return meters.get(name).tag("consumer", consumer).gauge().value();
    }
}
