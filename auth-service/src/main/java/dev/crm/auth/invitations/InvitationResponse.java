package dev.crm.auth.invitations;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as admins see it; {@code acceptUrl} only in the answer to its creation (the token is not
 * stored), with {@code emailSent}: whether the invitation email was queued (else the admin passes the link on).
 */
record InvitationResponse(UUID id, String email, String role, String status, Instant createdAt, Instant expiresAt, String acceptUrl,
                          Boolean emailSent) {

    static InvitationResponse from(Invitation invitation, Instant now, String acceptUrl) {
        return new InvitationResponse(invitation.getId(), invitation.getEmail(), invitation.getRole().name(),
                invitation.effectiveStatus(now).name(), invitation.getCreatedAt(), invitation.getExpiresAt(), acceptUrl, null);
    }

    /** For the audit trail: the link carries the secret token. */
    InvitationResponse withoutLink() {
        return new InvitationResponse(id, email, role, status, createdAt, expiresAt, null, null);
    }

    InvitationResponse withEmailSent(boolean sent) {
        return new InvitationResponse(id, email, role, status, createdAt, expiresAt, acceptUrl, sent);
    }
}
