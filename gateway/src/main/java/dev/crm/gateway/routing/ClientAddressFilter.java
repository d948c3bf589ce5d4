package dev.crm.gateway.routing;

import dev.crm.gateway.forwarding.ClientAddresses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services who the client is ({@code X-Client-Ip}, used by sign-in throttling: the socket peer,
 * or the client a trusted proxy names) and drops any value a client sent for it, or for the internal secret.
 */
@Component
class ClientAddressFilter implements GlobalFilter, Ordered {

    static final String CLIENT_IP = "X-Client-Ip";

    private final ClientAddresses clients;

    ClientAddressFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String ip = clients.clientOf(exchange);
        ServerWebExchange forwarded = exchange.mutate().request(r -> r.headers(h -> {
            h.remove("X-Internal-Secret");
            h.set(CLIENT_IP, ip);
        })).build();
        return chain.filter(forwarded);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
