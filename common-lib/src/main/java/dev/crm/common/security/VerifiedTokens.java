package dev.crm.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens that already passed verification, kept until they expire. A client sends the same
 * token for its whole 15 minutes, and checking an RS256 signature again each time is a fifth of what
 * a simple request costs. Only verified tokens enter, and each leaves at its {@code exp}; revocation
 * (token cutoffs) is checked per request after this, so caching changes nothing about who gets in.
 * A key withdrawn from the JWKS stops new tokens at once and the cached ones at their expiry.
 */
public final class VerifiedTokens {

    private static final int MAX_TOKENS = 20_000;

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> timeLeft(jwt)))
                .build();
    }

    public Optional<Jwt> find(String token) {
        Jwt jwt = verified.getIfPresent(token);
        // the cache evicts lazily: never hand out a token past its expiry
        return jwt != null && clock.instant().isBefore(jwt.getExpiresAt()) ? Optional.of(jwt) : Optional.empty();
    }

    /** Remembers a token that passed every check; a token without expiry is not remembered. */
    public Jwt remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) verified.put(token, jwt);
        return jwt;
    }

    private Duration timeLeft(Jwt jwt) {
        return Duration.between(clock.instant(), jwt.getExpiresAt());
    }
}
