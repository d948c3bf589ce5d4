package dev.crm.auth.passwords;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import dev.crm.common.web.Ids;

/** A password reset asked for: its token's SHA-256 (the token itself only ever in the email), when it lapses, when it was used. */
@Entity
@Table(name = "password_resets")
class PasswordReset {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private byte[] tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {}

    PasswordReset(UUID userId, byte[] tokenHash, Instant now, Instant expiresAt) {
        this.id = Ids.newId();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    UUID getUserId() { return userId; }
    Instant getCreatedAt() { return createdAt; }
}
