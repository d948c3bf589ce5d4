package dev.crm.communication.emails;

import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import dev.crm.communication.content.EmailContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An email as it is (or was to be) sent: its envelope, content and Message-ID fixed when queued (a retry
 * sends the very same message), and where it is: queued with its attempts and the last error, sent, or failed.
 */
@Entity
@Table(name = "emails")
class Email {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EmailKind kind;

    @Column(name = "contact_id", updatable = false)
    private UUID contactId;

    @Column(name = "company_id", updatable = false)
    private UUID companyId;

    @Column(name = "deal_id", updatable = false)
    private UUID dealId;

    @Column(name = "from_name", updatable = false)
    private String fromName;

    @Column(name = "from_address", nullable = false, updatable = false)
    private String fromAddress;

    @Column(name = "reply_to", updatable = false)
    private String replyTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "to_addresses", nullable = false, updatable = false)
    private String[] to;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cc_addresses", nullable = false, updatable = false)
    private String[] cc;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false)
    private String html;

    @Column(name = "text_body", nullable = false)
    private String text;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "in_reply_to", updatable = false)
    private String inReplyTo;

    @Column(name = "references_header", updatable = false)
    private String references;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "bounce_reason")
    private String bounceReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false, updatable = false)
    private boolean tracking;

    /** Its content holds a secret (a password reset link): not kept once sent. */
    @Column(nullable = false, updatable = false)
    private boolean sensitive;

    /** A notice to a member about their own account: not counted toward a new organization's sending quota. */
    @Column(name = "quota_exempt", nullable = false, updatable = false)
    private boolean quotaExempt;

    @Column(name = "sent_by", updatable = false)
    private UUID sentBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Email() {}

    /** A new email, queued to go at once. */
    Email(EmailKind kind, Envelope envelope, EmailContent content, String domain, boolean tracking, UUID sentBy) {
        this.id = Ids.newId();
        this.kind = kind;
        this.contactId = envelope.contactId();
        this.companyId = envelope.companyId();
        this.dealId = envelope.dealId();
        this.fromName = envelope.fromName();
        this.fromAddress = envelope.fromAddress();
        this.replyTo = envelope.replyTo();
        this.to = envelope.to().toArray(String[]::new);
        this.cc = envelope.cc().toArray(String[]::new);
        this.subject = envelope.subject();
        this.html = content.html();
        this.text = content.text();
        this.messageId = "<" + id + "@" + domain + ">";
        this.inReplyTo = envelope.thread() == null ? null : envelope.thread().inReplyTo();
        this.references = envelope.thread() == null ? null : envelope.thread().references();
        this.threadId = envelope.thread() == null ? id : envelope.thread().threadId();
        this.tracking = tracking;
        this.sentBy = sentBy;
        this.status = EmailStatus.QUEUED;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** An email received (a reply, or mail about a contact), as parsed; in {@code thread} when it answers one of ours. */
    static Email received(Envelope envelope, EmailContent content, String messageId) {
        Email email = new Email(EmailKind.INBOUND, envelope, content, "inbound", false, null);
        email.messageId = messageId != null ? messageId : email.messageId;
        email.status = EmailStatus.RECEIVED;
        email.nextAttemptAt = null;
        email.sentAt = email.createdAt;
        return email;
    }

    /** A delivery report: delivered, or bounced with the reason. */
    void reported(boolean delivered, String reason) {
        this.status = delivered ? EmailStatus.DELIVERED : EmailStatus.BOUNCED;
        if (delivered) this.deliveredAt = Timestamps.now();
        this.bounceReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.updatedAt = Timestamps.now();
    }

    void markAccountNotice() {
        this.quotaExempt = true;
    }

    boolean isAccountNotice() {
        return quotaExempt;
    }

    /** A platform email whose content holds a secret: replaced once it is sent. */
    void markSensitive() {
        this.sensitive = true;
    }

    void sent(int attempt) {
        if (sensitive) {
            this.html = "<p>[This email held a single-use link; its content is not kept.]</p>";
            this.text = "[This email held a single-use link; its content is not kept.]";
        }
        this.attempts = attempt;
        this.status = EmailStatus.SENT;
        this.sentAt = Timestamps.now();
        this.nextAttemptAt = null;
        this.lastError = null;
        this.updatedAt = sentAt;
    }

    /** A failed attempt: tried again at {@code next}, or, when {@code next} is null, given up. */
    void attemptFailed(int attempt, String error, Instant next) {
        this.attempts = attempt;
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        this.status = next == null ? EmailStatus.FAILED : EmailStatus.QUEUED;
        this.nextAttemptAt = next;
        this.updatedAt = Timestamps.now();
    }

    UUID getId() { return id; }
    EmailKind getKind() { return kind; }
    UUID getContactId() { return contactId; }
    UUID getCompanyId() { return companyId; }
    UUID getDealId() { return dealId; }
    String getFromName() { return fromName; }
    String getFromAddress() { return fromAddress; }
    String getReplyTo() { return replyTo; }
    List<String> getTo() { return List.of(to); }
    List<String> getCc() { return List.of(cc); }
    String getSubject() { return subject; }
    String getHtml() { return html; }
    String getText() { return text; }
    String getMessageId() { return messageId; }
    String getInReplyTo() { return inReplyTo; }
    String getReferences() { return references; }
    UUID getThreadId() { return threadId; }
    Instant getDeliveredAt() { return deliveredAt; }
    String getBounceReason() { return bounceReason; }
    EmailStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    String getLastError() { return lastError; }
    Instant getSentAt() { return sentAt; }
    boolean isTracking() { return tracking; }
    UUID getSentBy() { return sentBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
