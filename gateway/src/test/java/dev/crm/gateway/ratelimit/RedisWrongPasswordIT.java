package dev.crm.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.ApiClient.Response;
import dev.crm.testing.RedisAclUser;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** A gateway that Redis refuses still limits, each replica in its own memory, and never answers 5xx for it. */
@TestPropertySource(properties = {"crm.gateway.rate-limit.capacity=5", "crm.gateway.rate-limit.per-second=1"})
class RedisWrongPasswordIT extends GatewayTest {

    static final int DATABASE = 7;
    static final RedisAclUser REDIS_USER = RedisAclUser.create();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("crm.gateway.rate-limit.redis-url", () -> REDIS_USER.urlWithWrongPassword(DATABASE));
    }

    @AfterAll
    static void deleteUser() {
        REDIS_USER.close();
    }

    @Test
    void limitsInMemoryWhenRedisRefusesItsPassword() {
        UUID organization = UUID.randomUUID();
        ApiClient member = member(organization);

        List<Response> answers = Stream.generate(() -> member.get("/api/contacts")).limit(8).toList();

        assertThat(answers).extracting(Response::status).containsOnly(200, 429).contains(429);
        assertThat(answers.get(0).header("RateLimit-Remaining")).isEqualTo("4");
        assertThat(REDIS_USER.keys(DATABASE, "crm:rl:*" + organization + "*")).isEmpty();
        assertThat(REDIS_USER.keys(0, "crm:rl:*" + organization + "*")).isEmpty();
    }
}
