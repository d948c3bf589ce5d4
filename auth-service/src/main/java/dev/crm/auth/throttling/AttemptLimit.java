package dev.crm.auth.throttling;

import java.time.Duration;

/** How many attempts one subject (an account, an address, a token) gets in a window. */
public record AttemptLimit(String name, int allowed, Duration window) {

    public Attempt of(String subject) {
        return new Attempt(this, subject);
    }
}
