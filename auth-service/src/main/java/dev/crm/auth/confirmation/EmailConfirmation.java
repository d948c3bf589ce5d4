package dev.crm.auth.confirmation;

import dev.crm.auth.links.EmailedLink;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A link that confirms a member's address: whoever opens it reads that address's mail. */
@Entity
@Table(name = "email_confirmations")
class EmailConfirmation extends EmailedLink {

    protected EmailConfirmation() {}

    EmailConfirmation(UUID userId, byte[] tokenHash, Instant now, Instant expiresAt) {
        super(userId, tokenHash, now, expiresAt);
    }
}
