package dev.crm.common.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The organization a request names: the {@code X-Tenant} header, else the first label of a Host
 * under the platform's base domain ({@code acme.crm.example} with base domain {@code crm.example}).
 */
public final class RequestedTenant {

    public static final String HEADER = "X-Tenant";

    private RequestedTenant() {}

    public static Optional<String> from(String headerValue, String host, String baseDomain) {
        if (headerValue != null && !headerValue.isBlank()) {
            return Optional.of(headerValue.trim().toLowerCase(Locale.ROOT));
        }
        if (host == null || baseDomain == null || baseDomain.isBlank()) return Optional.empty();
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon >= 0) name = name.substring(0, colon);
        String suffix = "." + baseDomain.toLowerCase(Locale.ROOT);
        if (!name.endsWith(suffix)) return Optional.empty();
        String label = name.substring(0, name.length() - suffix.length());
        return label.isEmpty() || label.contains(".") ? Optional.empty() : Optional.of(label);
    }
}
