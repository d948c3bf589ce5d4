package dev.crm.communication.activities;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.cache.NoRecordCache;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.ActivityChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.persistence.RecordHistory;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.security.Role;
import dev.crm.common.time.Timestamps;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.common.web.Versions;
import dev.crm.communication.CommunicationError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Activities: logged, read on a timeline, changed, completed, trashed and restored under the roles'
 * rules (any member reads; reps change what they own or are assigned; viewers nothing). Every change
 * leaves its event and audit entry ({@link RecordHistory}).
 */
@Service
public class ActivityService {

    /** Activities have no custom fields (yet): the shared record column stays an empty object. */
    static final String NO_CUSTOM_FIELDS = "{}";

    private final ActivityRepository activities;
    private final ActivityTimeline timeline;
    private final ActivityCalendar calendar;
    private final RecordHistory<Activity, ActivityResponse, ActivityChanged> history;
    private final MergePatcher patcher;

    ActivityService(ActivityRepository activities, ActivityTimeline timeline, ActivityCalendar calendar, DomainEvents events,
                    AuditTrail audit, MergePatcher patcher) {
        this.activities = activities;
        this.timeline = timeline;
        this.calendar = calendar;
        this.history = new RecordHistory<>("activity", EventType.ACTIVITY_EVENTS, this::view, ActivityService::changed, events,
                audit, new NoRecordCache()); // read in timelines, not one by one: nothing to cache
        this.patcher = patcher;
    }

    @Transactional
    public ActivityResponse create(ActivityData request) {
        CurrentUser user = CurrentUser.require();
        ActivityData data = request.checked().assignedByDefaultTo(user.id());
        Activity activity = new Activity(data.type(), user.id());
        activity.update(data, RecordOwnership.ownerOfNewRecord(user, data.ownerId()), NO_CUSTOM_FIELDS, user.id());
        activities.saveAndFlush(activity);
        return history.created(activity);
    }

    /** The timeline entry of an email sent by {@code by} (its text, the part a timeline shows). */
    @Transactional
    public ActivityResponse logSentEmail(UUID emailId, String subject, String text, UUID contactId, UUID companyId, UUID dealId,
                                         UUID by) {
        ActivityData data = new ActivityData(ActivityType.EMAIL, subject, text.length() > 20_000 ? text.substring(0, 20_000) : text,
                null, contactId, companyId, dealId, null, null, null, null, null, null, null, null, null, null, null, null).checked();
        Activity activity = Activity.sentEmail(emailId, by);
        activity.update(data, by, NO_CUSTOM_FIELDS, by);
        activities.save(activity);
        return history.created(activity);
    }

    /** Refuses (403, 404, 409) unless the signed-in member may change the activity: to attach files to it. */
    @Transactional(readOnly = true)
    public void requireMayChange(UUID id) {
        Activity activity = changeable(id);
        requireMayChange(CurrentUser.require(), activity, activity.getOwnerId());
    }

    /** The id of the activity that shows a sent email (null when it is in no timeline). */
    @Transactional(readOnly = true)
    public UUID idOfEmail(UUID emailId) {
        return activities.findIdByEmailId(emailId).orElse(null);
    }

    @Transactional(readOnly = true)
    public ActivityResponse get(UUID id) {
        return view(live(id));
    }

    /** One timeline (a contact's, a company's or a deal's), newest first, optionally of some types and kinds only. */
    @Transactional(readOnly = true)
    public Page<ActivityResponse> timeline(ActivityTimeline.Of of, List<ActivityType> types, List<ActivityKind> kinds, PageRequest page) {
        return page.page(inOrder(timeline.ids(of, types, kinds, page)), Activity::getId).map(this::view);
    }

    /**
     * The signed-in member's open tasks by due time: all, or only the overdue ones, or those due today (UTC).
     * Theirs are the tasks assigned to them and the unassigned ones they own.
     */
    @Transactional(readOnly = true)
    public Page<ActivityResponse> myTasks(ActivityTimeline.Due due, PageRequest page) {
        return openTasks(ActivityTimeline.Whose.of(CurrentUser.require().id()), due, page);
    }

    /** Every open task nobody is assigned to, by due time (for managers and admins to hand out). */
    @Transactional(readOnly = true)
    public Page<ActivityResponse> unassignedTasks(ActivityTimeline.Due due, PageRequest page) {
        return openTasks(ActivityTimeline.Whose.UNASSIGNED, due, page);
    }

    /**
     * A member's calendar over a range (the signed-in member's when {@code member} is null): their tasks (open and
     * done) by due time, the meetings and calls they own by time. Only admins and managers look at another member's.
     */
    @Transactional(readOnly = true)
    public CalendarResponse calendar(UUID member, CalendarRange range) {
        CurrentUser user = CurrentUser.require();
        UUID whose = member == null ? user.id() : member;
        if (!whose.equals(user.id()) && user.role() != Role.ADMIN && user.role() != Role.MANAGER) {
            throw CrmException.onField(CommonError.FORBIDDEN, "assigneeId", "Only admins and managers see another member's calendar.");
        }
        List<Activity> entries = inOrder(calendar.ids(whose, range));
        boolean truncated = entries.size() > range.limit();
        List<ActivityResponse> items = entries.stream().limit(range.limit()).map(this::view).toList();
        return new CalendarResponse(range.from().toString(), range.to().toString(), range.zone().getId(), items, truncated);
    }

    private Page<ActivityResponse> openTasks(ActivityTimeline.Whose whose, ActivityTimeline.Due due, PageRequest page) {
        return page.page(inOrder(timeline.openTasks(whose, due, page)), Activity::getId).map(this::view);
    }

    /** PATCH: an RFC 7386 merge patch over the activity as clients see it; its type cannot change. */
    @Transactional
    public ActivityResponse patch(UUID id, JsonNode patch) {
        CurrentUser user = CurrentUser.require();
        Activity activity = changeable(id);
        ActivityResponse before = view(activity);
        ActivityData request = patcher.apply(ActivityData.of(before), patch, ActivityData.class);
        if (request.type() != activity.getType()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "type", "An activity keeps its type: log a new one instead.");
        }
        Versions.requireCurrent(Activity.class, id, request.version(), activity.getVersion());
        ActivityData data = request.checked();
        UUID owner = data.ownerId() == null ? activity.getOwnerId() : data.ownerId();
        requireMayChange(user, activity, owner);
        activity.update(data, owner, NO_CUSTOM_FIELDS, user.id());
        activities.flush();
        return history.updated(activity, before);
    }

    @Transactional
    public void delete(UUID id) {
        CurrentUser user = CurrentUser.require();
        Activity activity = changeable(id);
        requireMayChange(user, activity, activity.getOwnerId());
        ActivityResponse before = view(activity);
        activity.moveToTrash(user.id());
        activities.flush();
        history.deleted(activity, before);
    }

    @Transactional
    public ActivityResponse restore(UUID id) {
        CurrentUser user = CurrentUser.require();
        Activity activity = activities.findById(id).orElseThrow(ActivityService::notFound);
        if (!activity.isDeleted()) throw new CrmException(CommunicationError.NOT_DELETED, "This activity is not in the trash.");
        requireMayChange(user, activity, activity.getOwnerId());
        activity.restore(user.id());
        activities.flush();
        return history.restored(activity);
    }

    /** The roles' rules on the owner; besides, a task's assignee works it (completes, reschedules it) as its owner would. */
    private static void requireMayChange(CurrentUser user, Activity activity, UUID newOwner) {
        if (user.id().equals(activity.getAssigneeId()) && newOwner.equals(activity.getOwnerId())) {
            RecordOwnership.requireMayChange(user, user.id(), null); // as if theirs: only a viewer is refused
            return;
        }
        RecordOwnership.requireMayChange(user, activity.getOwnerId(), newOwner);
    }

    private List<Activity> inOrder(List<UUID> ids) {
        Map<UUID, Activity> byId = activities.findAllById(ids).stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null && !a.isDeleted()).toList();
    }

    private Activity live(UUID id) {
        return activities.findById(id).filter(a -> !a.isDeleted()).orElseThrow(ActivityService::notFound);
    }

    /** A live activity that members may change: not what the platform recorded of another service's change. */
    private Activity changeable(UUID id) {
        Activity activity = live(id);
        if (activity.isReadOnly()) {
            throw new CrmException(CommunicationError.RECORDED_BY_PLATFORM,
                    "This entry records what happened (" + activity.getSource() + "): it cannot be changed or deleted.");
        }
        return activity;
    }

    private static CrmException notFound() {
        return new CrmException(CommunicationError.ACTIVITY_NOT_FOUND, "No such activity in your organization.");
    }

    private ActivityResponse view(Activity a) {
        Instant now = Timestamps.now();
        return new ActivityResponse(a.getId(), a.getType(), a.getSubject(), a.getBody(), a.getOccurredAt(), a.getContactId(),
                a.getCompanyId(), a.getDealId(), a.getDirection(), a.getDurationSeconds(), a.getOutcome(), a.getStartsAt(), a.getEndsAt(),
                a.getAttendees(), a.getDueAt(), a.getAssigneeId(), a.getPriority(), a.getStatus(), a.getCompletedAt(), a.isOverdue(now),
                a.getSource(), ActivityKind.of(a.getSource(), a.getType()), a.getEmailId(), a.getOwnerId(), a.getCreatedBy(), a.getUpdatedBy(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getVersion());
    }

    static ActivityChanged changed(Activity a) {
        return new ActivityChanged(a.getId(), a.getType().name(), a.getSubject(), a.getOccurredAt(), a.getContactId(), a.getCompanyId(),
                a.getDealId(), a.getOwnerId(), a.getAssigneeId(), a.getStatus() == null ? null : a.getStatus().name(), a.getDueAt());
    }
}
