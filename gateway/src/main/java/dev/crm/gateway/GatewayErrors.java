package dev.crm.gateway;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.ErrorCode;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Errors raised in the gateway itself (no route, service down, ...) answer as problems too, without internals. */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final ProblemResponses problems;

    GatewayErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        HttpStatusCode status = error instanceof ResponseStatusException r ? r.getStatusCode() : null;
        ErrorCode code;
        String detail;
        if (status != null && status.value() == 404) {
            code = CommonError.NOT_FOUND;
            detail = "There is nothing at this address.";
        } else if (status != null && status.value() == 405) {
            code = CommonError.METHOD_NOT_ALLOWED;
            detail = "This resource does not support " + exchange.getRequest().getMethod() + ".";
        } else if (status != null && status.value() == 413) {
            code = CommonError.PAYLOAD_TOO_LARGE;
            detail = "The request is too large.";
        } else if (status != null && status.is4xxClientError()) {
            code = byStatus(status.value());
            detail = "The request could not be handled.";
        } else {
            log.warn("Request to {} failed in the gateway: {}", exchange.getRequest().getPath(), error.toString());
            code = CommonError.UNAVAILABLE;
            detail = "The service is temporarily unavailable. Please retry in a moment.";
            return problems.write(exchange, code, detail, Map.of("Retry-After", "2"));
        }
        return problems.write(exchange, code, detail, Map.of());
    }

    private static ErrorCode byStatus(int status) {
        return Arrays.stream(CommonError.values()).filter(c -> c.status().value() == status).findFirst()
                .map(ErrorCode.class::cast).orElse(CommonError.MALFORMED_REQUEST);
    }
}
