package dev.crm.common.events;

import dev.crm.common.concurrent.Daemons;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.StreamState;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.SmartLifecycle;

/**
 * What JetStream knows of this service's consumers and of the event stream, as gauges: the events each
 * consumer has not received yet ({@code crm.events.consumer.pending}, its lag) or not acknowledged yet,
 * and the stream's size. Read from NATS every {@link #REFRESH} in the background, so that a scrape never
 * waits on NATS; NaN while NATS does not answer (an absent reading must not look like "no lag").
 */
public class JetStreamMetrics implements SmartLifecycle {

    static final Duration REFRESH = Duration.ofSeconds(15);

    private static final class ConsumerReading {
        volatile double pending = Double.NaN;
        volatile double unacknowledged = Double.NaN;
    }

    private final JetStreamConnection nats;
    private final Map<String, ConsumerReading> consumers = new LinkedHashMap<>();
    private volatile double streamMessages = Double.NaN;
    private volatile double streamBytes = Double.NaN;
    private volatile Thread refresher;

    public JetStreamMetrics(JetStreamConnection nats, List<String> durables, MeterRegistry meters) {
        this.nats = nats;
        for (String durable : durables) {
            ConsumerReading reading = new ConsumerReading();
            consumers.put(durable, reading);
            Gauge.builder("crm.events.consumer.pending", reading, r -> r.pending).tag("consumer", durable)
                    .description("Events in the stream that this consumer has not received yet").register(meters);
            Gauge.builder("crm.events.consumer.unacknowledged", reading, r -> r.unacknowledged).tag("consumer", durable)
                    .description("Events delivered to this consumer and not acknowledged yet").register(meters);
        }
        Gauge.builder("crm.jetstream.stream.messages", this, m -> m.streamMessages)
                .description("Events the stream " + EventEnvelope.STREAM + " holds").register(meters);
        Gauge.builder("crm.jetstream.stream.size", this, m -> m.streamBytes).baseUnit("bytes")
                .description("Storage the stream " + EventEnvelope.STREAM + " takes").register(meters);
    }

    void refresh() {
        JetStreamManagement jsm;
        try {
            jsm = nats.management();
            StreamState state = jsm.getStreamInfo(EventEnvelope.STREAM).getStreamState();
            streamMessages = state.getMsgCount();
            streamBytes = state.getByteCount();
        } catch (IOException | JetStreamApiException e) {
            streamMessages = streamBytes = Double.NaN;
            consumers.values().forEach(reading -> reading.pending = reading.unacknowledged = Double.NaN);
            return;
        }
        consumers.forEach((durable, reading) -> {
            try {
                ConsumerInfo info = jsm.getConsumerInfo(EventEnvelope.STREAM, durable);
                reading.pending = info.getNumPending();
                reading.unacknowledged = info.getNumAckPending();
            } catch (IOException | JetStreamApiException e) { // not created yet, or NATS went away meanwhile
                reading.pending = reading.unacknowledged = Double.NaN;
            }
        });
    }

    @Override
    public void start() {
        refresher = Daemons.start("jetstream-metrics", () -> {
            while (!Thread.currentThread().isInterrupted()) {
                refresh();
                try {
                    Thread.sleep(REFRESH.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @Override
    public void stop() {
        Thread current = refresher;
        refresher = null;
        if (current != null) current.interrupt();
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }
}
