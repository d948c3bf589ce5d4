package dev.crm.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Free sign-up is anonymous: each address may register two organizations an hour here, and everyone
 * together four (buckets in memory, so that earlier runs leave no count behind). The test client is a
 * trusted proxy for the 10/8 addresses it names.
 */
@TestPropertySource(properties = {
    "crm.gateway.trusted-proxies=127.0.0.0/8, 10.0.0.0/8",
    "crm.gateway.rate-limit.redis-url=",
    "crm.gateway.rate-limit.registrations-per-hour-per-client=2",
    "crm.gateway.rate-limit.registrations-per-hour=4"
})
class RegistrationLimitIT extends GatewayTest {

    private ApiClient from(String address) {
        return api().with("X-Forwarded-For", address);
    }

    private static Response register(ApiClient client) {
        return client.post("/api/tenants/register", Map.of("organizationName", "Acme"));
    }

    @Test
    void oneAddressRegistersAFewOrganizationsAnHourAndEveryoneTogetherABoundedNumber() {
        ApiClient spammer = from(randomAddress());
        List<Response> theirs = Stream.generate(() -> register(spammer)).limit(6).toList();

        assertThat(theirs).extracting(Response::status).containsExactly(200, 200, 429, 429, 429, 429);
        assertThat(theirs.get(2).contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(theirs.get(2).header("Retry-After"))).isGreaterThan(60);
        assertThat(spammer.get("/api/contacts").status()).as("other routes are not held back").isNotEqualTo(429);

        assertThat(register(from(randomAddress())).status()).as("refused attempts spend nobody else's budget").isEqualTo(200);
        assertThat(register(from(randomAddress())).status()).isEqualTo(200);
        assertThat(register(from(randomAddress())).status()).as("the fifth of the hour from anyone").isEqualTo(429);
    }
}
