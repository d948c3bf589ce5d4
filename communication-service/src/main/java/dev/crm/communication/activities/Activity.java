package dev.crm.communication.activities;

import dev.crm.common.persistence.OwnedRecord;
import dev.crm.common.time.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An interaction on a contact's, company's or deal's timeline: an email, call, meeting, note or task. */
@Entity
@Table(name = "activities")
class Activity extends OwnedRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ActivityType type;

    private String subject;

    private String body;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "deal_id")
    private UUID dealId;

    @Enumerated(EnumType.STRING)
    private CallDirection direction;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    private String outcome;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] attendees;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "assignee_id")
    private UUID assigneeId;

    @Enumerated(EnumType.STRING)
    private TaskPriority priority;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** The type of the event this activity was recorded from; null when a member logged it. */
    @Column(updatable = false)
    private String source;

    @Column(name = "source_event_id", updatable = false)
    private UUID sourceEventId;

    /** The email this activity shows, when it was sent through the platform. */
    @Column(name = "email_id", updatable = false)
    private UUID emailId;

    protected Activity() {}

    Activity(ActivityType type, UUID by) {
        super(by);
        this.type = type;
    }

    /** An activity recorded from another service's event ({@code eventId} of {@code eventType}), by whoever caused it. */
    static Activity recorded(ActivityType type, UUID eventId, String eventType, UUID by) {
        Activity activity = new Activity(type, by);
        activity.sourceEventId = eventId;
        activity.source = eventType;
        return activity;
    }

    /** Takes {@code data} (checked); completing a task stamps the time, reopening it clears it. */
    void update(ActivityData data, UUID owner, String customFieldsJson, UUID by) {
        this.subject = data.subject();
        this.body = data.body();
        this.occurredAt = data.occurredAt() != null ? data.occurredAt() : occurredAt != null ? occurredAt : Timestamps.now();
        this.contactId = data.contactId();
        this.companyId = data.companyId();
        this.dealId = data.dealId();
        this.direction = data.direction();
        this.durationSeconds = data.durationSeconds();
        this.outcome = data.outcome();
        this.startsAt = data.startsAt();
        this.endsAt = data.endsAt();
        this.attendees = data.attendees().toArray(String[]::new);
        this.dueAt = data.dueAt();
        this.assigneeId = data.assigneeId();
        this.priority = data.priority();
        if (data.status() != status) this.completedAt = data.status() == TaskStatus.DONE ? Timestamps.now() : null;
        this.status = data.status();
        changed(owner, customFieldsJson, by);
    }

    /** An open task past its due time. */
    boolean isOverdue(Instant now) {
        return status == TaskStatus.OPEN && dueAt != null && dueAt.isBefore(now);
    }

    /** An email as sent through the platform, by {@code by}. */
    static Activity sentEmail(UUID emailId, UUID by) {
        Activity activity = new Activity(ActivityType.EMAIL, by);
        activity.emailId = emailId;
        return activity;
    }

    /**
     * History, not to be edited: what the platform recorded (a deal's move, a contact's creation; its tasks
     * are worked as any) and emails as they were sent.
     */
    boolean isReadOnly() {
        return (source != null && type != ActivityType.TASK) || emailId != null;
    }

    ActivityType getType() { return type; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    Instant getOccurredAt() { return occurredAt; }
    UUID getContactId() { return contactId; }
    UUID getCompanyId() { return companyId; }
    UUID getDealId() { return dealId; }
    CallDirection getDirection() { return direction; }
    Integer getDurationSeconds() { return durationSeconds; }
    String getOutcome() { return outcome; }
    Instant getStartsAt() { return startsAt; }
    Instant getEndsAt() { return endsAt; }
    List<String> getAttendees() { return List.of(attendees); }
    Instant getDueAt() { return dueAt; }
    UUID getAssigneeId() { return assigneeId; }
    TaskPriority getPriority() { return priority; }
    TaskStatus getStatus() { return status; }
    Instant getCompletedAt() { return completedAt; }
    String getSource() { return source; }
    UUID getEmailId() { return emailId; }
}
