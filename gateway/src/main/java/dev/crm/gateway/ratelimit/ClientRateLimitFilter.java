package dev.crm.gateway.ratelimit;

import dev.crm.common.web.CommonError;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Limits API requests per client address; over the limit: 429 with Retry-After. */
@Component
class ClientRateLimitFilter implements WebFilter, Ordered {

    private final RateLimits limits;
    private final ProblemResponses problems;

    ClientRateLimitFilter(RateLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.startsWith("/t/")) return chain.filter(exchange);
        var address = exchange.getRequest().getRemoteAddress();
        String client = address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
        return limits.tryAcquire(client).flatMap(wait -> wait == 0
                ? chain.filter(exchange)
                : problems.write(exchange, CommonError.RATE_LIMITED, "Too many requests. Please slow down.",
                        Map.of("Retry-After", Long.toString(wait))));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
