package dev.crm.tenant.registration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How long provisioning an organization takes ({@code crm.registrations}), from claiming its schema to its
 * activation, by path (a spare schema claimed, or a fresh one migrated) and outcome. Refusals (a subdomain
 * taken or reserved) are not registrations and are not timed.
 */
@Component
class RegistrationTimings {

    private static final Duration[] BUCKETS = {Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry meters;

    RegistrationTimings(MeterRegistry meters) {
        this.meters = meters;
        for (boolean spare : new boolean[] {true, false}) { // every series from the start: a rate, not an absence
            timer(spare, "completed");
            timer(spare, "failed");
        }
    }

    Timer.Sample start() {
        return Timer.start(meters);
    }

    void completed(Timer.Sample sample, boolean spare) {
        sample.stop(timer(spare, "completed"));
    }

    void failed(Timer.Sample sample, boolean spare) {
        sample.stop(timer(spare, "failed"));
    }

    private Timer timer(boolean spare, String outcome) {
        return Timer.builder("crm.registrations")
                .description("Organizations provisioned, from claiming a schema to activation")
                .tag("path", spare ? "spare" : "fresh")
                .tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(meters);
    }
}
