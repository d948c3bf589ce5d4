package dev.crm.communication.activities;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a client writes of an activity, in POST and (after merging) PATCH. Single fields are checked by
 * their annotations; {@link #checked()} checks what depends on the type and fills its defaults.
 */
public record ActivityData(
        @NotNull ActivityType type,
        @Size(max = 300) String subject,
        @Size(max = 20_000) String body,
        Instant occurredAt,
        UUID contactId,
        UUID companyId,
        UUID dealId,
        CallDirection direction,
        @Min(0) @Max(86_400) Integer durationSeconds,
        @Size(max = 200) String outcome,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 50) List<@Size(max = 200) String> attendees,
        Instant dueAt,
        UUID assigneeId,
        TaskPriority priority,
        TaskStatus status,
        UUID ownerId,
        Long version) {

    /** A note about the records named (any may be null), as the platform records one. */
    public static ActivityData note(String subject, String body, Instant occurredAt, UUID contactId, UUID companyId, UUID dealId) {
        return new ActivityData(ActivityType.NOTE, subject, body, occurredAt, contactId, companyId, dealId, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** An open task for {@code assigneeId}, due at {@code dueAt}, about the records named. */
    public static ActivityData task(String subject, String body, Instant dueAt, UUID assigneeId, UUID contactId, UUID companyId,
                             UUID dealId) {
        return new ActivityData(ActivityType.TASK, subject, body, null, contactId, companyId, dealId, null, null, null, null,
                null, null, dueAt, assigneeId, null, null, null, null);
    }

    /** The writable part of an activity as clients see it: what a merge patch is applied to. */
    static ActivityData of(ActivityResponse a) {
        return new ActivityData(a.type(), a.subject(), a.body(), a.occurredAt(), a.contactId(), a.companyId(), a.dealId(),
                a.direction(), a.durationSeconds(), a.outcome(), a.startsAt(), a.endsAt(), a.attendees(), a.dueAt(),
                a.assigneeId(), a.priority(), a.status(), a.ownerId(), a.version());
    }

    /**
     * Text trimmed and blanks dropped, a task's priority (NORMAL) and status (OPEN) when not given, and
     * every rule that depends on the type checked at once: a 400 naming each field.
     */
    ActivityData checked() {
        String cleanSubject = clean(subject);
        String cleanBody = clean(body);
        List<String> people = attendees == null ? List.of() : attendees.stream().map(ActivityData::clean).filter(a -> a != null).toList();
        List<FieldProblem> problems = new ArrayList<>();
        if (contactId == null && companyId == null && dealId == null) {
            problems.add(new FieldProblem("contactId", "An activity is about a contact, a company or a deal: name at least one."));
        }
        if (cleanSubject == null && cleanBody == null && type != ActivityType.CALL && type != ActivityType.MEETING) {
            problems.add(new FieldProblem(type == ActivityType.NOTE ? "body" : "subject", "must not be blank"));
        }
        if (type != ActivityType.CALL) {
            onlyFor(problems, "direction", direction, "calls");
            onlyFor(problems, "durationSeconds", durationSeconds, "calls");
        }
        if (type != ActivityType.CALL && type != ActivityType.MEETING) onlyFor(problems, "outcome", clean(outcome), "calls and meetings");
        if (type == ActivityType.MEETING) {
            if (startsAt == null) problems.add(new FieldProblem("startsAt", "A meeting has a start."));
            if (endsAt == null) problems.add(new FieldProblem("endsAt", "A meeting has an end."));
            if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
                problems.add(new FieldProblem("endsAt", "A meeting ends after it starts."));
            }
        } else {
            onlyFor(problems, "startsAt", startsAt, "meetings");
            onlyFor(problems, "endsAt", endsAt, "meetings");
            if (!people.isEmpty()) problems.add(new FieldProblem("attendees", "Only meetings have attendees."));
        }
        if (type != ActivityType.TASK) {
            onlyFor(problems, "dueAt", dueAt, "tasks");
            onlyFor(problems, "assigneeId", assigneeId, "tasks");
            onlyFor(problems, "priority", priority, "tasks");
            onlyFor(problems, "status", status, "tasks");
        }
        if (!problems.isEmpty()) {
            throw new CrmException(CommonError.VALIDATION_FAILED, problems.get(0).message(), problems, Map.of());
        }
        boolean task = type == ActivityType.TASK;
        return new ActivityData(type, cleanSubject, cleanBody, occurredAt, contactId, companyId, dealId, direction, durationSeconds,
                clean(outcome), startsAt, endsAt, people, dueAt, assigneeId,
                task && priority == null ? TaskPriority.NORMAL : priority, task && status == null ? TaskStatus.OPEN : status,
                ownerId, version);
    }

    /** A new task names its assignee, or is {@code creator}'s: a task nobody is assigned to shows in nobody's list. */
    ActivityData assignedByDefaultTo(UUID creator) {
        if (type != ActivityType.TASK || assigneeId != null) return this;
        return new ActivityData(type, subject, body, occurredAt, contactId, companyId, dealId, direction, durationSeconds, outcome,
                startsAt, endsAt, attendees, dueAt, creator, priority, status, ownerId, version);
    }

    private static void onlyFor(List<FieldProblem> problems, String field, Object value, String types) {
        if (value != null) problems.add(new FieldProblem(field, "Only " + types + " have this field."));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
