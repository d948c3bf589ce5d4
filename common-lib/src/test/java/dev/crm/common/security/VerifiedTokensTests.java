package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(countingDecoder(NOW.plusSeconds(900)), new VerifiedTokens(clock));
        Jwt first = decoder.decode("token-a");
        Jwt second = decoder.decode("token-a");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        decoder.decode("token-b");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverServedFromTheCache() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(countingDecoder(NOW.plusSeconds(60)), new VerifiedTokens(clock));
        decoder.decode("token-a");
        clock.advance(Duration.ofSeconds(61));
        decoder.decode("token-a");
        assertThat(verifications).as("verified again after expiry").hasValue(2);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        JwtDecoder refusing = token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        CachingJwtDecoder decoder = new CachingJwtDecoder(refusing, new VerifiedTokens(clock));
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder countingDecoder(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("user")
                    .issuedAt(NOW).expiresAt(expiresAt).build();
        };
    }

    private static final class MutableClock extends Clock {
        private Instant now = NOW;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
