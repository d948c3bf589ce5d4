package dev.crm.common.events.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * communication-service: an email was accepted by the SMTP server, given up, delivered or bounced
 * ({@code error} says why it failed or bounced).
 */
public record EmailStatusChanged(UUID emailId, String status, UUID contactId, UUID companyId, UUID dealId, UUID sentBy,
                                 List<String> to, String subject, String messageId, String error, Instant at) {}
