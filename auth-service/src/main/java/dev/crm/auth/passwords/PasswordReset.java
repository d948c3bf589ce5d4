package dev.crm.auth.passwords;

import dev.crm.auth.links.EmailedLink;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A password reset asked for: a link that sets a new password once. */
@Entity
@Table(name = "password_resets")
class PasswordReset extends EmailedLink {

    protected PasswordReset() {}

    PasswordReset(UUID userId, byte[] tokenHash, Instant now, Instant expiresAt) {
        super(userId, tokenHash, now, expiresAt);
    }
}
