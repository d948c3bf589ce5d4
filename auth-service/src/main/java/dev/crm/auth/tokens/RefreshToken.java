package dev.crm.auth.tokens;

import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One refresh token, stored as a hash. Tokens of one sign-in form a family; each use rotates to a new member. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false)
    private byte[] tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "successor_sealed")
    private byte[] successorSealed;

    protected RefreshToken() {}

    RefreshToken(UUID familyId, UUID userId, byte[] tokenHash, Instant expiresAt) {
        this.id = Ids.newId();
        this.familyId = familyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    /** Not revoked and not expired; rotation is judged by the caller. */
    boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    boolean rotatedWithin(java.time.Duration grace, Instant now) {
        return usedAt != null && usedAt.plus(grace).isAfter(now);
    }

    boolean wasRotated() {
        return usedAt != null;
    }

    void rotatedTo(byte[] sealedSuccessor, Instant now) {
        this.usedAt = now;
        this.successorSealed = sealedSuccessor;
    }

    byte[] sealedSuccessor() { return successorSealed; }

    UUID familyId() { return familyId; }
    UUID userId() { return userId; }
}
