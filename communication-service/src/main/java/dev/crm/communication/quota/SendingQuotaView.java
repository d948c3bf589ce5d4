package dev.crm.communication.quota;

import java.time.Instant;

/**
 * The organization's sending quota: {@code confirmed} once an admin confirmed their address (no quota then);
 * until then {@code used} of {@code limit} emails in the last 24 hours, the next one counted freed at {@code resetsAt}.
 */
record SendingQuotaView(boolean confirmed, int limit, int used, Instant resetsAt) {}
