package dev.crm.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The routes (and the services behind them) read a path decoded: {@code /%61pi/contacts} is
 * {@code /api/contacts}. The limits must read it so too, or a spelling walks past them.
 */
@TestPropertySource(properties = {
    "crm.gateway.trusted-proxies=127.0.0.0/8",
    "crm.gateway.rate-limit.redis-url=",
    "crm.gateway.rate-limit.registrations-per-hour-per-client=2"
})
class EncodedPathLimitIT extends GatewayTest {

    @Test
    void anEncodedApiPathIsLimitedAsTheApi() {
        Response answer = api().get("/%61pi/contacts");

        assertThat(answer.header("RateLimit-Limit")).as("limited, and says so").isNotNull();
    }

    @Test
    void anEncodedTrackingLinkCountsAgainstTheSameLink() {
        String token = UUID.randomUUID().toString();
        List<Response> answers = Stream.of("/t/o/" + token, "/t/%6F/" + token, "/t/%6f/" + token, "/t/o;x=1/" + token)
                .map(path -> api().get(path)).toList();

        assertThat(answers).extracting(Response::status).containsExactly(200, 200, 200, 429);
    }

    @Test
    void anEncodedRegistrationCountsAgainstTheRegistrations() {
        ApiClient client = api().with("X-Forwarded-For", randomAddress());
        List<Response> answers = Stream.of("/api/tenants/register", "/api/tenants/%72egister", "/api/%74enants/register")
                .map(path -> client.post(path, Map.of())).toList();

        assertThat(answers).extracting(Response::status).containsExactly(200, 200, 429);
    }
}
