package dev.crm.auth.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.common.web.CrmException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The throttle against the real Redis on localhost:6379, and against a port where no Redis answers. */
class ThrottleIT {

    private static final AttemptLimit FIVE_A_MINUTE = new AttemptLimit("throttle-it", 5, Duration.ofMinutes(1));

    private LettuceConnectionFactory connections;

    @AfterEach
    void disconnect() {
        if (connections != null) connections.destroy();
    }

    @Test
    void replicasShareTheirBucketsThroughRedis() {
        StringRedisTemplate redis = redisAt(6379);
        Throttle one = new Throttle(new RedisAttemptBuckets(redis), Duration.ofSeconds(30));
        Throttle other = new Throttle(new RedisAttemptBuckets(redis), Duration.ofSeconds(30));
        Attempt attempt = FIVE_A_MINUTE.of(UUID.randomUUID().toString());

        for (int i = 0; i < 3; i++) one.spend("No.", attempt);
        for (int i = 0; i < 2; i++) other.spend("No.", attempt);

        assertRefused(one, attempt);
        assertRefused(other, attempt);
        assertThat(redis.getExpire(attempt.key())).isBetween(1L, 60L);
    }

    @Test
    void anEmptyBucketTakesNothingFromTheOthers() {
        Throttle throttle = new Throttle(new RedisAttemptBuckets(redisAt(6379)), Duration.ofSeconds(30));
        Attempt account = FIVE_A_MINUTE.of(UUID.randomUUID().toString());
        Attempt address = new AttemptLimit("throttle-it-address", 6, Duration.ofMinutes(1)).of(UUID.randomUUID().toString());
        for (int i = 0; i < 5; i++) throttle.spend("No.", account, address);

        assertRefused(throttle, account, address);
        throttle.spend("No.", address); // the refused attempt above did not spend the address's sixth
    }

    @Test
    void countsInMemoryWhenRedisFails() {
        Throttle throttle = new Throttle(new RedisAttemptBuckets(redisAt(1)), Duration.ofSeconds(30));
        Attempt attempt = FIVE_A_MINUTE.of(UUID.randomUUID().toString());

        for (int i = 0; i < 5; i++) throttle.spend("No.", attempt);

        assertRefused(throttle, attempt);
        throttle.giveBack(attempt);
        throttle.spend("No.", attempt);
        throttle.clear(attempt);
        for (int i = 0; i < 5; i++) throttle.spend("No.", attempt);
        assertRefused(throttle, attempt);
    }

    @Test
    void countsInMemoryWithoutRedis() {
        Throttle throttle = new Throttle(null, Duration.ofSeconds(30));
        Attempt attempt = FIVE_A_MINUTE.of(UUID.randomUUID().toString());
        for (int i = 0; i < 5; i++) throttle.spend("No.", attempt);
        assertRefused(throttle, attempt);
    }

    private static void assertRefused(Throttle throttle, Attempt... attempts) {
        assertThatThrownBy(() -> throttle.spend("No.", attempts))
                .isInstanceOfSatisfying(CrmException.class, e -> assertThat(e.getMessage()).startsWith("No. Try again in"));
    }

    private StringRedisTemplate redisAt(int port) {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(200)).build());
        connections.afterPropertiesSet();
        connections.start();
        StringRedisTemplate template = new StringRedisTemplate(connections);
        template.afterPropertiesSet();
        return template;
    }
}
