package dev.crm.auth.tokens;

import dev.crm.auth.AuthError;
import dev.crm.common.security.TokenCutoffs;
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
 * the token; only a SHA-256 of the secret is stored. A family is one sign-in, a session: its id is the
 * {@code sid} of the access tokens issued in it. Every use rotates the token; presenting a rotated one
 * again means it was stolen, and the whole family is revoked and its access tokens cut off.
 */
@Component
public class RefreshTokens {

    private final RefreshTokenRepository tokens;
    private final TokenCutoffs cutoffs;
    private final Duration ttl;

    RefreshTokens(RefreshTokenRepository tokens, TokenCutoffs cutoffs, @Value("${crm.jwt.refresh-token-ttl}") Duration ttl) {
        this.tokens = tokens;
        this.cutoffs = cutoffs;
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

    /** Starts a session. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Session issue(UUID tenantId, UUID userId) {
        UUID sessionId = Ids.newId();
        return new Session(userId, sessionId, issueInFamily(tenantId, userId, sessionId));
    }

    /**
     * Two tabs of one browser may refresh with the same token at the same moment: a token rotated
     * within this window is not taken for theft (the same "reuse interval" other identity providers use).
     */
    static final Duration REUSE_GRACE = Duration.ofSeconds(10);

    /**
     * Uses a token: returns its session and the token that replaces it. Presented again within
     * {@link #REUSE_GRACE}, it answers the same successor (no second branch of the family); later, it
     * ends the session, and that commits although the caller gets a 401.
     */
    @Transactional(noRollbackFor = CrmException.class)
    public Session rotate(UUID tenantId, String raw) {
        RefreshToken token = tokens.findByTokenHash(Secrets.sha256(raw)).orElseThrow(RefreshTokens::invalid);
        Instant now = Instant.now();
        if (token.wasRotated() && !token.rotatedWithin(REUSE_GRACE, now)) {
            end(tenantId, token.familyId(), now);
            throw invalid();
        }
        if (!token.isUsable(now)) throw invalid();
        String successor = token.wasRotated()
                ? SealedSuccessor.open(raw, token.sealedSuccessor()).orElseThrow(RefreshTokens::invalid)
                : replace(tenantId, raw, token, now);
        return new Session(token.userId(), token.familyId(), successor);
    }

    /** Signs out: ends the session the token belongs to. */
    @Transactional
    public void revoke(UUID tenantId, String raw) {
        tokens.findByTokenHash(Secrets.sha256(raw)).ifPresent(t -> end(tenantId, t.familyId(), Instant.now()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAllOf(UUID userId) {
        tokens.revokeAllOfUser(userId, Instant.now());
    }

    private String replace(UUID tenantId, String raw, RefreshToken token, Instant now) {
        String successor = issueInFamily(tenantId, token.userId(), token.familyId());
        token.rotatedTo(SealedSuccessor.seal(raw, successor), now);
        return successor;
    }

    private void end(UUID tenantId, UUID sessionId, Instant now) {
        tokens.revokeFamily(sessionId, now);
        cutoffs.endSession(sessionId, tenantId);
    }

    private String issueInFamily(UUID tenantId, UUID userId, UUID familyId) {
        String raw = tenantId + "." + Secrets.random();
        tokens.save(new RefreshToken(familyId, userId, Secrets.sha256(raw), Instant.now().plus(ttl)));
        return raw;
    }

    private static CrmException invalid() {
        return new CrmException(AuthError.INVALID_REFRESH_TOKEN, "Your session has ended. Please sign in again.");
    }

    /** A member's session and its current refresh token. */
    public record Session(UUID userId, UUID sessionId, String refreshToken) {}
}
