package dev.crm.gateway.forwarding;

import dev.crm.gateway.GatewayProperties;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The client's address and scheme. From a peer that is not a trusted proxy, its socket address and the
 * connection's own scheme, whatever headers it sent. From a trusted proxy, the forwarded chain is read
 * from the right (the hop the proxy added itself) past every trusted proxy; the first address that is
 * not one is the client. {@code X-Forwarded-For} is read when present, else {@code Forwarded} (RFC 7239):
 * the proxy in front must set or append the header it uses, or a client could write it.
 */
@Component
public class ClientAddresses {

    private static final String CLIENT = ClientAddresses.class.getName() + ".client";

    private final TrustedProxies proxies;

    ClientAddresses(GatewayProperties crm) {
        this.proxies = new TrustedProxies(crm.trustedProxies());
    }

    /** The client's IP address as text, "unknown" when the connection has none; worked out once per request. */
    public String clientOf(ServerWebExchange exchange) {
        String known = exchange.getAttribute(CLIENT);
        if (known != null) return known;
        String client = resolve(exchange).map(InetAddress::getHostAddress).orElse("unknown");
        exchange.getAttributes().put(CLIENT, client);
        return client;
    }

    /** Whether the browser reached the platform over https: this connection's scheme, or what a trusted proxy says. */
    public boolean isHttps(ServerWebExchange exchange) {
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) return true;
        if (!fromTrustedProxy(exchange)) return false;
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String proto = headers.getFirst("X-Forwarded-Proto");
        if (proto == null) proto = ForwardedHeader.first(headers.getValuesAsList("Forwarded"), "proto");
        // the first hop is where the browser connected
        return proto != null && "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }

    private Optional<InetAddress> resolve(ServerWebExchange exchange) {
        Optional<InetAddress> peer = peer(exchange);
        if (peer.isEmpty() || !proxies.trusts(peer.get())) return peer;
        InetAddress client = peer.get();
        List<String> hops = forwardedFor(exchange.getRequest().getHeaders());
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) break; // "unknown", obfuscated or junk: the last address we can vouch for stands
            client = hop.get();
            if (!proxies.trusts(client)) break;
        }
        return Optional.of(client);
    }

    private boolean fromTrustedProxy(ServerWebExchange exchange) {
        return !proxies.isEmpty() && peer(exchange).filter(proxies::trusts).isPresent();
    }

    private static Optional<InetAddress> peer(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getRequest().getRemoteAddress()).map(InetSocketAddress::getAddress);
    }

    private static List<String> forwardedFor(HttpHeaders headers) {
        List<String> xff = headers.getValuesAsList("X-Forwarded-For");
        if (!xff.isEmpty()) return xff;
        List<String> hops = new ArrayList<>();
        for (String element : ForwardedHeader.elements(headers.getValuesAsList("Forwarded"))) {
            hops.add(ForwardedHeader.node(ForwardedHeader.parameter(element, "for")));
        }
        return hops;
    }
}
