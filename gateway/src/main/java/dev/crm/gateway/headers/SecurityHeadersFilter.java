package dev.crm.gateway.headers;

import dev.crm.gateway.forwarding.ClientAddresses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The headers a browser needs to keep the app and its data safe, on every answer, the services' too,
 * written just before the answer goes out (when its type is known). Pages get a Content-Security-Policy
 * without inline script; inline style is allowed because an email shown in the app's sandboxed
 * {@code srcdoc} frame inherits the app's policy and is styled inline, as is the unsubscribe page; anything
 * else may not be rendered as a document at all. Data is never stored by a
 * cache unless the service said otherwise; HSTS only where the browser came over https.
 * See docs/adr/0021-gateway-clients-limits-and-headers.md.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String NOT_A_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final ClientAddresses clients;

    SecurityHeadersFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> write(exchange)));
        return chain.filter(exchange);
    }

    private void write(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        // a 304 carries no content type, and the browser merges its headers into the page it keeps:
        // the page's own headers stay right only if this one adds none
        if (response.getStatusCode() == HttpStatus.NOT_MODIFIED) return;
        HttpHeaders headers = response.getHeaders();
        MediaType type = headers.getContentType();
        boolean page = type != null && MediaType.TEXT_HTML.isCompatibleWith(type);
        headers.set("Content-Security-Policy", page ? PAGE_POLICY : NOT_A_PAGE_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (clients.isHttps(exchange)) headers.set("Strict-Transport-Security", HSTS);
        if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)) headers.setCacheControl(cacheControl(exchange, page));
    }

    private static String cacheControl(ServerWebExchange exchange, boolean page) {
        boolean ok = exchange.getResponse().getStatusCode() == null || exchange.getResponse().getStatusCode().is2xxSuccessful();
        // the build names every asset by its content hash: a changed file is a new address
        if (ok && exchange.getRequest().getPath().value().startsWith("/assets/")) return "public, max-age=31536000, immutable";
        // the app's entry page is checked again each time, so a new release is picked up at once
        return page ? "no-cache" : "no-store";
    }


    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
