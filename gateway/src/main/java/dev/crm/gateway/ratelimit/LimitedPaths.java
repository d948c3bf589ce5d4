package dev.crm.gateway.ratelimit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests the limits are about, decided on the path as the routes and the services read it
 * (each segment percent-decoded, path parameters dropped): {@code /%61pi/contacts} is routed to
 * {@code /api/contacts}, so a check on the raw text would let that spelling past every limit.
 */
final class LimitedPaths {

    private static final List<PathPattern> LIMITED = patterns("/api/**", "/t/**");
    private static final List<PathPattern> TRACKING_LINKS = patterns("/t/o/**", "/t/c/**", "/t/u/**");
    private static final PathPattern REGISTRATION = PathPatternParser.defaultInstance.parse("/api/tenants/register");

    private LimitedPaths() {}

    static boolean isLimited(ServerWebExchange exchange) {
        return matchesAny(LIMITED, exchange);
    }

    static boolean isTrackingLink(ServerWebExchange exchange) {
        return matchesAny(TRACKING_LINKS, exchange);
    }

    static boolean isRegistration(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == HttpMethod.POST && REGISTRATION.matches(path(exchange));
    }

    /** The path in one spelling, whatever spelling the request used: one link is one bucket. */
    static String decoded(ServerWebExchange exchange) {
        return path(exchange).elements().stream()
                .map(e -> e instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : e.value())
                .collect(Collectors.joining());
    }

    private static boolean matchesAny(List<PathPattern> patterns, ServerWebExchange exchange) {
        PathContainer path = path(exchange);
        return patterns.stream().anyMatch(p -> p.matches(path));
    }

    private static PathContainer path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication();
    }

    private static List<PathPattern> patterns(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }
}
