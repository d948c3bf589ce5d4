package dev.crm.communication.emails;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An email as clients see it: where it is ({@code status}; {@code attempts}, {@code nextAttemptAt} and
 * {@code lastError} while it is being retried or once it failed), what was sent and to whom, the
 * timeline entry that shows it, and its opens and clicks ({@code engagement}: people's and machines' apart).
 */
public record EmailView(UUID id, EmailKind kind, EmailStatus status, String fromName, String fromAddress, String replyTo, List<String> to,
                        List<String> cc, String subject, String html, String text, String messageId, String inReplyTo, UUID threadId,
                        int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, Instant deliveredAt,
                        String bounceReason, boolean tracking,
                        UUID contactId, UUID companyId, UUID dealId, UUID activityId, UUID sentBy, Instant createdAt,
                        Instant updatedAt, EmailEngagement.Summary engagement) {

    /** {@code engagement} null until it was sent (a new email has none). */
    static EmailView of(Email e, UUID activityId, EmailEngagement.Summary engagement) {
        return new EmailView(e.getId(), e.getKind(), e.getStatus(), e.getFromName(), e.getFromAddress(), e.getReplyTo(), e.getTo(), e.getCc(),
                e.getSubject(), e.getHtml(), e.getText(), e.getMessageId(), e.getInReplyTo(), e.getThreadId(), e.getAttempts(),
                e.getNextAttemptAt(), e.getLastError(), e.getSentAt(), e.getDeliveredAt(), e.getBounceReason(), e.isTracking(), e.getContactId(), e.getCompanyId(), e.getDealId(), activityId,
                e.getSentBy(), e.getCreatedAt(), e.getUpdatedAt(), engagement);
    }
}
