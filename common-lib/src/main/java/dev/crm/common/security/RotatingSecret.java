package dev.crm.common.security;

import java.util.ArrayList;
import java.util.List;

/**
 * A secret for one purpose (service-to-service calls, tracking links, inbound addresses): the current
 * value, which signs or is sent, and during a rotation the previous one, which is still accepted. There
 * is no default anywhere: a service started without the secret, or with a short one, refuses to start
 * and names the variable to set (the local launcher generates each secret once per installation).
 *
 * @param variable the environment variable that carries the current value; {@code <variable>_PREVIOUS} the previous one
 */
public record RotatingSecret(String variable, String current, String previous) {

    public static final int MIN_LENGTH = 32;

    public RotatingSecret {
        current = requireStrong(variable, current);
        previous = previous == null || previous.isBlank() ? null : requireStrong(variable + "_PREVIOUS", previous);
    }

    /** The values a check accepts: the current one first. */
    public List<String> accepted() {
        List<String> accepted = new ArrayList<>(2);
        accepted.add(current);
        if (previous != null) accepted.add(previous);
        return accepted;
    }

    private static String requireStrong(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: it must hold a random secret of at least "
                    + MIN_LENGTH + " characters (docs/security.md says how to make and rotate one)");
        }
        if (value.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException(variable + " is shorter than " + MIN_LENGTH + " characters: use a random value (docs/security.md)");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "RotatingSecret[" + variable + ", redacted]";
    }
}
