package dev.crm.gateway.spa;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * History-mode routing for the single-page app: a browser navigating to an app path
 * (/settings/members, Accept: text/html) gets index.html, and the app's router takes it from there.
 * API, internal, tracking, docs and files are left alone, so they answer 404 problems when unknown.
 */
@Component
class SpaFallbackFilter implements WebFilter, Ordered {

    private static final List<String> NOT_APP =
            List.of("/api/", "/internal/", "/t/", "/v3/", "/swagger-ui", "/webjars/", "/actuator", "/.well-known/", "/assets/");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        boolean appPath = exchange.getRequest().getMethod() == HttpMethod.GET
                && exchange.getRequest().getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith)
                && NOT_APP.stream().noneMatch(path::startsWith)
                && !path.substring(path.lastIndexOf('/') + 1).contains(".")
                && !path.equals("/");
        if (!appPath) return chain.filter(exchange);
        return chain.filter(exchange.mutate().request(r -> r.path("/index.html")).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
