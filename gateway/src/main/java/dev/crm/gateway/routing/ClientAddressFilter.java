package dev.crm.gateway.routing;

import dev.crm.common.security.ClientAddressProof;
import dev.crm.common.security.RotatingSecret;
import dev.crm.gateway.GatewayProperties;
import dev.crm.gateway.forwarding.ClientAddresses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services who the client is ({@code X-Client-Ip}, used by sign-in throttling: the socket peer,
 * or the client a trusted proxy names) and signs it ({@code X-Client-Ip-Proof}), since the services believe
 * no address without the gateway's proof; drops any value a client sent for these, or for the internal
 * secret. Built at start, so that a gateway without a proper internal secret refuses to start.
 */
@Component
class ClientAddressFilter implements GlobalFilter, Ordered {

    private final ClientAddresses clients;
    private final ClientAddressProof proofs;

    ClientAddressFilter(ClientAddresses clients, GatewayProperties crm) {
        this.clients = clients;
        this.proofs = new ClientAddressProof(
                new RotatingSecret("CRM_INTERNAL_SECRET", crm.internalSecret(), crm.internalSecretPrevious()));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String ip = clients.clientOf(exchange);
        ServerWebExchange forwarded = exchange.mutate().request(r -> r.headers(h -> {
            h.remove("X-Internal-Secret");
            h.set(ClientAddressProof.ADDRESS_HEADER, ip);
            h.set(ClientAddressProof.PROOF_HEADER, proofs.sign(ip));
        })).build();
        return chain.filter(forwarded);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
