package dev.crm.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.gateway.GatewayProperties;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressesTests {

    private final ClientAddresses behindProxies = addresses("10.0.0.0/8", "2001:db8:ffff::/48");

    @Test
    void anUntrustedPeerIsTheClientWhateverItClaims() {
        assertThat(addresses().clientOf(from("192.0.2.1", "X-Forwarded-For", "203.0.113.9"))).isEqualTo("192.0.2.1");
        assertThat(behindProxies.clientOf(from("192.0.2.1", "Forwarded", "for=203.0.113.9"))).isEqualTo("192.0.2.1");
    }

    @Test
    void theChainIsReadFromTheRightPastEveryTrustedProxy() {
        var exchange = from("10.0.0.1", "X-Forwarded-For", "6.6.6.6, 203.0.113.9, 10.9.9.9");

        assertThat(behindProxies.clientOf(exchange)).isEqualTo("203.0.113.9");
    }

    @Test
    void anEntryThatIsNoAddressEndsTheChainAtTheLastTrustedHop() {
        assertThat(behindProxies.clientOf(from("10.0.0.1", "X-Forwarded-For", "203.0.113.9, example.com"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.clientOf(from("10.0.0.1", "X-Forwarded-For", "999.1.1.1"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.clientOf(from("10.0.0.1", "Forwarded", "for=unknown"))).isEqualTo("10.0.0.1");
    }

    @Test
    void ipv6RangesAndForwardedNodesWithPorts() {
        var exchange = from("2001:db8:ffff::1", "Forwarded", "for=\"[2001:db8::17]:4711\";proto=https");

        assertThat(behindProxies.clientOf(exchange)).isEqualTo("2001:db8:0:0:0:0:0:17");
        assertThat(behindProxies.isHttps(exchange)).isTrue();
    }

    @Test
    void onlyATrustedProxyCanSayTheBrowserUsedHttps() {
        assertThat(behindProxies.isHttps(from("10.0.0.1", "X-Forwarded-Proto", "https"))).isTrue();
        assertThat(behindProxies.isHttps(from("192.0.2.1", "X-Forwarded-Proto", "https"))).isFalse();
    }

    @Test
    void aRangeThatIsNoAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> addresses("proxy.internal")).hasMessageContaining("CRM_TRUSTED_PROXIES");
        assertThatThrownBy(() -> addresses("10.0.0.0/33")).hasMessageContaining("CRM_TRUSTED_PROXIES");
    }

    private static ClientAddresses addresses(String... trusted) {
        return new ClientAddresses(new GatewayProperties(null, null, null, 0, 0, 0, null, List.of(trusted), null, null));
    }

    private static MockServerWebExchange from(String peer, String header, String value) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("http://gateway/api/x")
                .remoteAddress(new InetSocketAddress(peer, 40000)).header(header, value));
    }
}
