package dev.crm.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The test client connects from 127.0.0.1, here a trusted proxy, as is the 10/8 network behind it. */
@TestPropertySource(properties = {
    "crm.gateway.trusted-proxies=127.0.0.0/8, 10.0.0.0/8",
    "crm.gateway.rate-limit.capacity=5", "crm.gateway.rate-limit.per-second=1"
})
class TrustedProxyIT extends GatewayTest {

    @Test
    void forwardedForFromATrustedProxyNamesTheClient() {
        String client = randomAddress();

        Response answer = api().with("X-Forwarded-For", "192.0.2.66, " + client + ", 10.1.2.3").post("/api/auth/login", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(UPSTREAM.last().clientIp()).isEqualTo(client);
    }

    @Test
    void clientsBehindATrustedProxyHaveTheirOwnBuckets() {
        List<Response> answers = Stream.generate(() -> api().with("X-Forwarded-For", randomAddress())
                .post("/api/auth/login", Map.of())).limit(8).toList();

        assertThat(answers).extracting(Response::status).containsOnly(200);
        assertThat(answers).extracting(r -> r.header("RateLimit-Remaining")).containsOnly("4");
    }

    @Test
    void forwardedHeaderFromATrustedProxyNamesTheClient() {
        Response answer = api().with("Forwarded", "for=192.0.2.60;proto=https, for=\"[2001:db8::17]:4711\"")
                .post("/api/auth/login", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(UPSTREAM.last().clientIp()).isEqualTo("2001:db8:0:0:0:0:0:17");
    }

    @Test
    void hstsWhenTheTrustedProxySaysTheBrowserUsedHttps() {
        Response overHttps = api().with("X-Forwarded-Proto", "https").get("/");
        Response overHttp = api().get("/");

        assertThat(overHttps.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(overHttp.header("Strict-Transport-Security")).isNull();
    }

}
