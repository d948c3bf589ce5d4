package dev.crm.common.security;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Paths of a service that answer without a token (sign-in, registration, JWKS). A service declares
 * one bean of it; everything else needs a verified token.
 */
public record PublicEndpoints(List<String> patterns) {

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }

    public boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().map(PathPatternParser.defaultInstance::parse).anyMatch(p -> p.matches(container));
    }
}
