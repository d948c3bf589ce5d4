package dev.crm.common.events.contracts;

import java.util.UUID;

/**
 * auth-service: a member with a confirmed address now holds {@code role}: they used a link only emailed to
 * that address, or a member who had done so was made an admin.
 */
public record UserEmailConfirmed(UUID userId, String email, String role) {}
