package dev.crm.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient.Response;
import dev.crm.testing.RedisAclUser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The gateway reaches Redis as the ACL user and in the database its URL names. Buckets refill slowly, so their keys live a second. */
@TestPropertySource(properties = {"crm.gateway.rate-limit.capacity=5", "crm.gateway.rate-limit.per-second=1"})
class RedisCredentialsIT extends GatewayTest {

    static final int DATABASE = 7;
    static final RedisAclUser REDIS_USER = RedisAclUser.create();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("crm.gateway.rate-limit.redis-url", () -> REDIS_USER.url(DATABASE));
    }

    @AfterAll
    static void deleteUser() {
        REDIS_USER.close();
    }

    @Test
    void theTemplateWritesAsTheUrlsUser() {
        String key = "crm:rl:probe:" + UUID.randomUUID();

        RateLimits.redisTemplate(REDIS_USER.url(DATABASE)).opsForValue().set(key, "1", Duration.ofMinutes(1)).block();

        assertThat(REDIS_USER.keys(DATABASE, key)).hasSize(1);
    }

    @Test
    void bucketsLiveInTheDatabaseTheUrlNamesAsItsUser() {
        UUID organization = UUID.randomUUID();

        Response answer = member(organization).get("/api/contacts");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(REDIS_USER.keys(DATABASE, "crm:rl:*" + organization + "*")).hasSize(1);
        assertThat(REDIS_USER.keys(0, "crm:rl:*" + organization + "*")).isEmpty();
    }
}
