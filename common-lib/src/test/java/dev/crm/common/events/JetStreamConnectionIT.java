package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.api.PublishAck;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A service starts while NATS is down (the outbox keeps its events) and connects once NATS is up; stopped before, it leaves no connection. */
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

    @Test
    void aServiceStoppedBeforeNatsCameUpLeavesNoConnectionBehind() throws Exception {
        int monitoring = freePort();
        try (NatsServerProcess nats = new NatsServerProcess(List.of("-m", Integer.toString(monitoring)), Map.of())) {
            JetStreamConnection connection = new JetStreamConnection(nats.url(), "stopped-early", NatsAuth.NONE);
            connection.destroy(); // the service stops while its connection is still being made
            nats.start();
            // jnats tries again every second: by now the background connection has arrived, and been closed
            long deadline = System.nanoTime() + 30_000_000_000L; // a busy machine: the wait ends as soon as it is closed
            while (clientsOf(monitoring, "closed") == 0 && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(clientsOf(monitoring, "closed")).as("the late connection was made, then closed").isEqualTo(1);
            assertThat(clientsOf(monitoring, "open")).as("open connections left").isZero();
        }
    }

    /** How many client connections the server lists in {@code state} (open or closed), from its monitoring port. */
    private static int clientsOf(int monitoringPort, String state) throws Exception {
        HttpResponse<String> connz = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitoringPort + "/connz?state=" + state)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"num_connections\":\\s*(\\d+)").matcher(connz.body());
        assertThat(m.find()).as(connz.body()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
