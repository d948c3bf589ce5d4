package dev.crm.gateway.spa;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts {@code br} first in the Accept-Encoding of a request for the app's assets. Browsers list
 * "gzip, deflate, br, zstd" without preferring any, and Spring's resolver of pre-compressed files takes
 * the first it has: without this every browser would get the .gz file, a fifth bigger than the .br.
 */
@Component
class BrotliFirst implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String accepted = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null || !exchange.getRequest().getPath().value().startsWith("/assets/")) return chain.filter(exchange);
        String[] codings = accepted.split(",");
        if (Arrays.stream(codings).map(String::trim).noneMatch("br"::equals)) return chain.filter(exchange);
        String brotliFirst = Stream.concat(Stream.of("br"), Arrays.stream(codings).map(String::trim).filter(c -> !c.equals("br")))
                .collect(Collectors.joining(", "));
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HttpHeaders.ACCEPT_ENCODING, brotliFirst)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
