package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.api.PublishAck;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A service starts while NATS is down (the outbox keeps its events) and connects once NATS is up. */
class JetStreamConnectionIT {

    @Test
    void aServiceStartsWhileNatsIsDownAndConnectsWhenItComesUp() throws Exception {
        try (NatsServerProcess nats = new NatsServerProcess()) { // a free port, nothing listening yet
            AtomicReference<JetStreamConnection> started = new AtomicReference<>();
            Thread starting = new Thread(() -> started.set(new JetStreamConnection(nats.url(), "start-it", NatsAuth.NONE)));
            starting.setDaemon(true);
            starting.start();
            starting.join(10_000);
            JetStreamConnection connection = started.get();
            assertThat(connection).as("the start does not wait for NATS").isNotNull();
            assertThat(connection.isConnected()).isFalse();

            nats.start();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!connection.isConnected() && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(connection.isConnected()).as("connected once NATS is up").isTrue();
            PublishAck ack = connection.jetStream().publish(EventEnvelope.SUBJECT_PREFIX + "start.checked", "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(ack.getStream()).isEqualTo(EventEnvelope.STREAM);
            connection.destroy();
        }
    }
}
