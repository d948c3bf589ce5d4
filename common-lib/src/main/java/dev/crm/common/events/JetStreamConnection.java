package dev.crm.common.events;

import dev.crm.common.concurrent.Daemons;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The service's one connection to NATS. It connects in the background and keeps reconnecting, so a
 * service starts and serves while NATS is down; the outbox holds events until it is back. Creates the
 * {@code CRM_EVENTS} stream when missing (file storage, 2 minute de-duplication window, as many
 * replicas as asked: 3 on a production cluster), and sets the replicas of one that has another number.
 */
public class JetStreamConnection implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JetStreamConnection.class);
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(2);

    private final int streamReplicas;
    private volatile Connection connection;
    private volatile boolean streamReady;
    /** Closed: a connection still being made in the background is closed as it arrives. */
    private volatile boolean closed;

    /**
     * Fails at once, with what to fix, when {@code auth} names a file that is missing or holds no key or
     * certificate, or when NATS refuses the credentials. A NATS that does not answer (down, or a
     * certificate that does not check out) does not hold the start: the connection is made in the
     * background and the outbox keeps events until it is.
     */
    public JetStreamConnection(String url, String clientName, NatsAuth auth) {
        this(url, clientName, auth, 1);
    }

    public JetStreamConnection(String url, String clientName, NatsAuth auth, int streamReplicas) {
        this.streamReplicas = streamReplicas;
        NatsProblems problems = new NatsProblems();
        Options options = auth.applyTo(Options.builder(), url)
                .server(url)
                .connectionName(clientName)
                .maxReconnects(-1)
                .reconnectWait(Duration.ofSeconds(1))
                .connectionTimeout(Duration.ofSeconds(2))
                .connectionListener(this::onEvent)
                .errorListener(problems)
                .build();
        try {
            this.connection = Nats.connect(options);
        } catch (IOException notNow) {
            if (problems.refused()) {
                throw new IllegalStateException("NATS refused " + clientName + " (check CRM_NATS_URL's user and password, CRM_NATS_CREDS or CRM_NATS_NKEY_FILE): " + problems.reason());
            }
            log.warn("NATS is not reachable ({}): connecting in the background, events wait in the outbox", problems.reason());
            try {
                Nats.connectAsynchronously(options, true); // the connection arrives with its CONNECTED event
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while connecting to NATS", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to NATS", e);
        }
        if (isConnected()) ensureStream();
    }

    private void onEvent(Connection conn, ConnectionListener.Events event) {
        log.info("NATS connection {}", event.name().toLowerCase());
        if (closed && event == ConnectionListener.Events.CONNECTED) {
            Daemons.start("nats-late-close", () -> closeQuietly(conn)); // not on jnats' own listener thread
            return;
        }
        if (event == ConnectionListener.Events.CONNECTED || event == ConnectionListener.Events.RECONNECTED) {
            connection = conn;
            Daemons.start("nats-stream-setup", this::ensureStream);
        } else if (event == ConnectionListener.Events.DISCONNECTED) {
            streamReady = false;
        }
    }

    public boolean isConnected() {
        Connection current = connection;
        return current != null && current.getStatus() == Connection.Status.CONNECTED;
    }

    /** JetStream, once connected and the stream exists; callers retry later otherwise. */
    public JetStream jetStream() throws IOException {
        if (!isConnected()) throw new IOException("NATS is not connected");
        if (!streamReady) ensureStream();
        return connected().jetStream();
    }

    public JetStreamManagement management() throws IOException {
        return connected().jetStreamManagement();
    }

    /** The connection, once there is one; callers retry later otherwise. */
    public Connection connection() throws IOException {
        return connected();
    }

    private Connection connected() throws IOException {
        Connection current = connection;
        if (current == null) throw new IOException("NATS is not connected yet");
        return current;
    }

    synchronized void ensureStream() {
        if (streamReady || !isConnected()) return;
        try {
            JetStreamManagement jsm = connected().jetStreamManagement();
            StreamConfiguration existing;
            try {
                existing = jsm.getStreamInfo(EventEnvelope.STREAM).getConfiguration();
            } catch (JetStreamApiException notFound) {
                jsm.addStream(StreamConfiguration.builder()
                        .name(EventEnvelope.STREAM)
                        .subjects(EventEnvelope.SUBJECT_PREFIX + ">")
                        .storageType(StorageType.File)
                        .duplicateWindow(DUPLICATE_WINDOW)
                        .replicas(streamReplicas)
                        .build());
                log.info("Created JetStream stream {} with {} replicas", EventEnvelope.STREAM, streamReplicas);
                existing = null;
            }
            if (existing != null && existing.getReplicas() != streamReplicas) setReplicas(jsm, existing);
            streamReady = true;
        } catch (IOException | JetStreamApiException e) {
            log.warn("JetStream stream {} not ready yet: {}", EventEnvelope.STREAM, e.getMessage());
        }
    }

    /** Only the service whose NATS user may update the stream (the tenant-service's) succeeds; the others carry on. */
    private void setReplicas(JetStreamManagement jsm, StreamConfiguration existing) throws IOException {
        try {
            jsm.updateStream(StreamConfiguration.builder(existing).replicas(streamReplicas).build());
            log.info("JetStream stream {} now has {} replicas (had {})", EventEnvelope.STREAM, streamReplicas, existing.getReplicas());
        } catch (JetStreamApiException e) {
            log.warn("JetStream stream {} keeps {} replicas, not the {} asked for: {}", EventEnvelope.STREAM,
                    existing.getReplicas(), streamReplicas, e.getMessage());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        closed = true;
        Connection current = connection;
        if (current != null) current.close();
    }

    private static void closeQuietly(Connection conn) {
        try {
            conn.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
