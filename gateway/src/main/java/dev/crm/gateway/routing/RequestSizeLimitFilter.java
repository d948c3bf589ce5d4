package dev.crm.gateway.routing;

import dev.crm.common.web.CommonError;
import dev.crm.gateway.GatewayProperties;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over 1 MB (uploads, which are multipart, over their own larger limit, and the CSV
 * import over a larger one still) with 413. A declared Content-Length over the limit is refused before
 * anything is read; every body is also counted as it arrives, so a chunked one (or one whose declared
 * length is wrong) is cut off as soon as it passes the limit.
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
        ServerHttpRequest request = exchange.getRequest();
        MediaType type = request.getHeaders().getContentType();
        long max = type == null || !MediaType.MULTIPART_FORM_DATA.includes(type) ? crm.maxRequestBytes()
                : IMPORT_PATH.equals(request.getPath().value()) ? crm.maxImportBytes() : crm.maxUploadBytes();
        if (request.getHeaders().getContentLength() > max) return tooLarge(exchange, max);
        return chain.filter(exchange.mutate().request(new CountedBodyRequest(request, max)).build())
                .onErrorResume(BodyTooLargeException::isCause, e -> tooLarge(exchange, max));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long max) {
        return problems.write(exchange, CommonError.PAYLOAD_TOO_LARGE, "The request body may not exceed " + max / 1024 + " KB.", Map.of());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
