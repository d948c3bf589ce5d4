package dev.crm.common.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a service-to-service call may present: the current one, which this service also sends,
 * and during a rotation the previous one. There is no default: a service started without a secret, or
 * with a short one, refuses to start (the local launcher generates one per installation).
 */
public record InternalSecrets(String current, String previous) {

    public static final int MIN_LENGTH = 32;

    public InternalSecrets {
        current = requireStrong("CRM_INTERNAL_SECRET (crm.internal-secret)", current);
        previous = previous == null || previous.isBlank() ? null : requireStrong("CRM_INTERNAL_SECRET_PREVIOUS (crm.internal-secret-previous)", previous);
    }

    public List<String> accepted() {
        List<String> accepted = new ArrayList<>(2);
        accepted.add(current);
        if (previous != null) accepted.add(previous);
        return accepted;
    }

    private static String requireStrong(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the service-to-service calls need a shared secret of at least "
                    + MIN_LENGTH + " characters (docs/security.md says how to make and rotate one)");
        }
        if (value.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException(name + " is shorter than " + MIN_LENGTH + " characters: use a random value (docs/security.md)");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "InternalSecrets[redacted]";
    }
}
