package dev.crm.common.events.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * communication-service: a sent email was opened or a link in it clicked ({@code url}); {@code machine}
 * when a privacy proxy or scanner likely did it rather than a person.
 */
public record EmailEngaged(UUID emailId, UUID contactId, UUID companyId, UUID dealId, UUID sentBy, String url, String userAgent,
                           boolean machine, Instant at) {}
