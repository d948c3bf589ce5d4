package dev.crm.gateway.ratelimit;

import dev.crm.common.web.CommonError;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits API and tracking requests. Every limited answer says how much is left ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset} in seconds); over the limit: a 429 problem with
 * {@code Retry-After}. Runs before the security filters, so a flood of bad tokens is limited too.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {

    private final RequestBuckets buckets;
    private final ProblemResponses problems;

    RateLimitFilter(RequestBuckets buckets, ProblemResponses problems) {
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!LimitedPaths.isLimited(exchange)) return chain.filter(exchange);
        return buckets.take(exchange).flatMap(verdict -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("RateLimit-Limit", Long.toString(verdict.limit()));
            headers.set("RateLimit-Remaining", Long.toString(verdict.remaining()));
            headers.set("RateLimit-Reset", Long.toString(verdict.resetSeconds()));
            return verdict.allowed()
                    ? chain.filter(exchange)
                    : problems.write(exchange, CommonError.RATE_LIMITED, "Too many requests. Please slow down.",
                            Map.of("Retry-After", Long.toString(verdict.retryAfter())));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
