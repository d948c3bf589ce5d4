package dev.crm.auth.tokens;

import dev.crm.auth.AuthError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens: {@code <tenant id>.<random secret>}. The tenant part says which schema holds
 * the token; only a SHA-256 of the secret is stored. Every use rotates the token; presenting a rotated
 * one again means it was stolen, and the whole family is revoked.
 */
@Component
public class RefreshTokens {

    private final RefreshTokenRepository tokens;
    private final Duration ttl;

    RefreshTokens(RefreshTokenRepository tokens, @Value("${crm.jwt.refresh-token-ttl}") Duration ttl) {
        this.tokens = tokens;
        this.ttl = ttl;
    }

    /** The tenant a presented token belongs to, if it has the right shape at all. */
    public static Optional<UUID> tenantOf(String raw) {
        if (raw == null) return Optional.empty();
        int dot = raw.indexOf('.');
        if (dot != 36) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(raw.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(UUID tenantId, UUID userId) {
        return issueInFamily(tenantId, userId, Ids.newId());
    }

    /**
     * Two tabs of one browser may refresh with the same token at the same moment: a token rotated
     * within this window is not taken for theft (the same "reuse interval" other identity providers use).
     */
    static final Duration REUSE_GRACE = Duration.ofSeconds(10);

    /**
     * Uses a token: returns the user it was issued to and the token that replaces it. A token rotated
     * longer than {@link #REUSE_GRACE} ago revokes its family; that revocation commits although the
     * caller gets a 401.
     */
    @Transactional(noRollbackFor = CrmException.class)
    public Rotation rotate(UUID tenantId, String raw) {
        RefreshToken token = tokens.findByTokenHash(Secrets.sha256(raw)).orElseThrow(RefreshTokens::invalid);
        Instant now = Instant.now();
        if (token.wasRotated() && !token.rotatedWithin(REUSE_GRACE, now)) {
            tokens.revokeFamily(token.familyId(), now);
            throw invalid();
        }
        if (!token.isUsable(now)) throw invalid();
        if (!token.wasRotated()) token.markUsed(now);
        return new Rotation(token.userId(), issueInFamily(tenantId, token.userId(), token.familyId()));
    }

    @Transactional
    public void revoke(String raw) {
        tokens.findByTokenHash(Secrets.sha256(raw)).ifPresent(t -> tokens.revokeFamily(t.familyId(), Instant.now()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAllOf(UUID userId) {
        tokens.revokeAllOfUser(userId, Instant.now());
    }

    private String issueInFamily(UUID tenantId, UUID userId, UUID familyId) {
        String raw = tenantId + "." + Secrets.random();
        tokens.save(new RefreshToken(familyId, userId, Secrets.sha256(raw), Instant.now().plus(ttl)));
        return raw;
    }

    private static CrmException invalid() {
        return new CrmException(AuthError.INVALID_REFRESH_TOKEN, "Your session has ended. Please sign in again.");
    }

    public record Rotation(UUID userId, String refreshToken) {}
}
