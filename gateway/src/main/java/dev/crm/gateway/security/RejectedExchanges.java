package dev.crm.gateway.security;

import dev.crm.common.web.CommonError;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * What the firewall refuses (encoded slashes, dot segments, path parameters, bad header characters)
 * answers as every other error does, and closes the connection: the request's body is never read, so a
 * client that sends its next request on the same connection would otherwise wait for an answer forever.
 */
@Configuration(proxyBeanMethods = false)
class RejectedExchanges {

    @Bean
    ServerExchangeRejectedHandler problemOnRejectedExchange(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, CommonError.MALFORMED_ADDRESS,
                "The address of this request holds characters or segments that are not allowed.",
                Map.of(HttpHeaders.CONNECTION, "close"));
    }
}
