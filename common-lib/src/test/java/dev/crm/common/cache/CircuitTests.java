package dev.crm.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitTests {

    private final AtomicLong now = new AtomicLong(1_000);
    private final Circuit circuit = new Circuit(2, Duration.ofSeconds(30), now::get);

    @Test
    void oneSlowCommandDoesNotSwitchTheCacheOff() {
        assertThat(circuit.failed()).isFalse();
        assertThat(circuit.allows()).isTrue();
        circuit.succeeded();
        assertThat(circuit.failed()).as("the count starts again after a success").isFalse();
        assertThat(circuit.allows()).isTrue();
    }

    @Test
    void leavesRedisAloneForThePauseAfterFailuresInARow() {
        assertThat(circuit.allows()).isTrue();
        circuit.failed();
        assertThat(circuit.failed()).as("the outage begins: log it").isTrue();
        assertThat(circuit.allows()).isFalse();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(circuit.allows()).isFalse();
    }

    @Test
    void afterThePauseOneCallTriesAgain() {
        circuit.failed();
        circuit.failed();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(circuit.allows()).as("the probe").isTrue();
        assertThat(circuit.allows()).as("everyone else while the probe runs").isFalse();
        assertThat(circuit.succeeded()).as("the outage ends: log it").isTrue();
        assertThat(circuit.allows()).isTrue();
        assertThat(circuit.succeeded()).isFalse();
    }

    @Test
    void logsAnOutageOnceHoweverOftenItFails() {
        circuit.failed();
        assertThat(circuit.failed()).isTrue();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(circuit.allows()).isTrue();
        assertThat(circuit.failed()).as("the probe failed: still the same outage").isFalse();
        assertThat(circuit.allows()).isFalse();
    }
}
