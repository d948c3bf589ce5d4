package dev.crm.common.events.contracts;

import java.util.UUID;

/** auth-service: a member joined an organization (its first admin, or by accepting an invitation). */
public record UserCreated(UUID userId, String email, String fullName, String role) {}
