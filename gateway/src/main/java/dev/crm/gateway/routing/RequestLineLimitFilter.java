package dev.crm.gateway.routing;

import dev.crm.common.web.CommonError;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses an address (path and query) over 8 KB with a 414 problem. Netty reads request lines up to
 * 64 KB (application.yaml) so that this filter, not Netty's bare answer, speaks; 8 KB leaves the rest of
 * the services' 16 KB header limit to the headers.
 */
@Component
class RequestLineLimitFilter implements WebFilter, Ordered {

    static final int MAX_TARGET_CHARS = 8 * 1024;

    private final ProblemResponses problems;

    RequestLineLimitFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getURI().getRawPath().length() + rawQueryLength(exchange) <= MAX_TARGET_CHARS) return chain.filter(exchange);
        return problems.write(exchange, CommonError.URI_TOO_LONG, "The address may not exceed " + MAX_TARGET_CHARS / 1024 + " KB.", Map.of());
    }

    private static int rawQueryLength(ServerWebExchange exchange) {
        String query = exchange.getRequest().getURI().getRawQuery();
        return query == null ? 0 : query.length() + 1;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 4;
    }
}
