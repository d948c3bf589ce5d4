package dev.crm.auth.invitations;

import dev.crm.common.security.Role;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An admin's invitation of an email address to join with a role; accepted once, before it expires. */
@Entity
@Table(name = "invitations")
class Invitation {

    enum Status { PENDING, ACCEPTED, REVOKED, EXPIRED }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "token_hash", nullable = false)
    private byte[] tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {}

    Invitation(String email, Role role, byte[] tokenHash, UUID invitedBy, Instant expiresAt) {
        this.id = Ids.newId();
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.role = role;
        this.tokenHash = tokenHash;
        this.status = Status.PENDING;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    /** PENDING past its expiry reads as EXPIRED. */
    Status effectiveStatus(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
    }

    boolean isOpen(Instant now) {
        return effectiveStatus(now) == Status.PENDING;
    }

    void accept(Instant now) {
        this.status = Status.ACCEPTED;
        this.acceptedAt = now;
    }

    void revoke() {
        this.status = Status.REVOKED;
    }

    UUID getId() { return id; }
    String getEmail() { return email; }
    Role getRole() { return role; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
}
