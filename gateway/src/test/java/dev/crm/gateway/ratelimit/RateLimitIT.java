package dev.crm.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Five requests of burst, one a second after that: reached within a test. No proxy is trusted. */
@TestPropertySource(properties = {"crm.gateway.rate-limit.capacity=5", "crm.gateway.rate-limit.per-second=1"})
class RateLimitIT extends GatewayTest {

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() {
        List<Response> answers = Stream.generate(() -> api().with("X-Forwarded-For", randomAddress())
                .post("/api/auth/login", Map.of())).limit(8).toList();

        assertThat(answers).extracting(Response::status).contains(429);
        assertThat(answers).allSatisfy(r -> assertThat(r.header("RateLimit-Remaining")).isNotNull());
        assertThat(UPSTREAM.last().clientIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void aSpoofedForwardedHeaderFromAnUntrustedPeerIsIgnored() {
        List<Response> answers = Stream.generate(() -> api().with("Forwarded", "for=" + randomAddress())
                .post("/api/auth/login", Map.of())).limit(8).toList();

        assertThat(answers).extracting(Response::status).contains(429);
        assertThat(answers).allSatisfy(r -> assertThat(r.header("RateLimit-Remaining")).isNotNull());
    }

    @Test
    void membersOfOneOrganizationBehindOneAddressHaveTheirOwnBuckets() {
        UUID organization = UUID.randomUUID();
        ApiClient ada = member(organization);
        ApiClient bob = member(organization);

        assertThat(repeat(8, () -> ada.get("/api/contacts"))).extracting(Response::status).contains(429);
        Response bobs = bob.get("/api/contacts");

        assertThat(bobs.status()).as(bobs.text()).isEqualTo(200);
        assertThat(bobs.header("RateLimit-Remaining")).isEqualTo("4");
    }

    @Test
    void everyLimitedAnswerSaysHowMuchIsLeft() {
        Response first = member(UUID.randomUUID()).get("/api/contacts");
        Response refused = api().bearer("not-a-token").get("/api/contacts");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("4");
        assertThat(Long.parseLong(first.header("RateLimit-Reset"))).isBetween(1L, 5L);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("5");
    }

    @Test
    void overTheLimitIsATooManyRequestsProblemWithRetryAfter() {
        ApiClient member = member(UUID.randomUUID());

        Response refused = repeat(8, () -> member.get("/api/contacts")).stream()
                .filter(r -> r.status() == 429).findFirst().orElseThrow();

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("5");
    }

    private static List<Response> repeat(int times, Supplier<Response> request) {
        return Stream.generate(request).limit(times).toList();
    }

}
