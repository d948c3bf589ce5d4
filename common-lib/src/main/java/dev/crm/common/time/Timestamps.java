package dev.crm.common.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as PostgreSQL stores them (microseconds), so what a write answers equals what a later read answers. */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
