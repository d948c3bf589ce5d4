package dev.crm.gateway.routing;

import dev.crm.common.web.CommonError;
import dev.crm.gateway.GatewayProperties;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over 1 MB (uploads, which are multipart, over their own larger limit, and the CSV
 * import over a larger one still) before they reach a service. Bodies without a length are counted
 * again by each service.
 */
@Component
class RequestSizeLimitFilter implements WebFilter, Ordered {

    static final String IMPORT_PATH = "/api/contacts/import";

    private final GatewayProperties crm;
    private final ProblemResponses problems;

    RequestSizeLimitFilter(GatewayProperties crm, ProblemResponses problems) {
        this.crm = crm;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        long max = type == null || !MediaType.MULTIPART_FORM_DATA.includes(type) ? crm.maxRequestBytes()
                : IMPORT_PATH.equals(exchange.getRequest().getPath().value()) ? crm.maxImportBytes() : crm.maxUploadBytes();
        if (length > max) {
            return problems.write(exchange, CommonError.PAYLOAD_TOO_LARGE,
                    "The request body may not exceed " + max / 1024 + " KB.", Map.of());
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
