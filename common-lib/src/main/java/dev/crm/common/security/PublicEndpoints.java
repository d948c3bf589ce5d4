package dev.crm.common.security;

import java.util.List;

/**
 * Paths of a service that answer without a token (sign-in, registration, JWKS). A service declares
 * one bean of it; everything else needs a verified token.
 */
public record PublicEndpoints(List<String> patterns) {

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }
}
