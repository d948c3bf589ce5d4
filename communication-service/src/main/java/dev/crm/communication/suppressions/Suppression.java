package dev.crm.communication.suppressions;

import java.time.Instant;
import java.util.UUID;

/** An address sending skips, why, since when, and the email (unsubscribe, bounce) or member (by hand) behind it. */
public record Suppression(String address, SuppressionReason reason, UUID emailId, UUID createdBy, Instant createdAt) {}
