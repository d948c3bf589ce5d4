package dev.crm.communication.activities;

import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/activities}: every member reads the timelines; writes follow the roles (RecordOwnership, and a task's assignee). */
@RestController
@RequestMapping("/api/activities")
class ActivityController {

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    /**
     * A timeline: of exactly one of a contact, a company or a deal; newest first; {@code type} and {@code kind}
     * (SYSTEM, LOGGED) repeatable.
     */
    @GetMapping
    Page<ActivityResponse> timeline(@RequestParam(required = false) UUID contactId, @RequestParam(required = false) UUID companyId,
                                    @RequestParam(required = false) UUID dealId, @RequestParam(required = false) List<ActivityType> type,
                                    @RequestParam(required = false) List<ActivityKind> kind,
                                    @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return activities.timeline(ActivityTimeline.Of.of(contactId, companyId, dealId), orEvery(type), orEvery(kind),
                PageRequest.of(limit, cursor));
    }

    /** The organization's recent activity on every timeline, newest first (the home dashboard); {@code type}, {@code kind} repeatable. */
    @GetMapping("/recent")
    Page<ActivityResponse> recent(@RequestParam(required = false) List<ActivityType> type,
                                  @RequestParam(required = false) List<ActivityKind> kind, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) String cursor) {
        return activities.timeline(ActivityTimeline.Of.ORGANIZATION, orEvery(type), orEvery(kind), PageRequest.of(limit, cursor));
    }

    /** The signed-in member's open tasks, soonest due first: {@code due=OVERDUE}, {@code TODAY} or all. */
    @GetMapping("/my-tasks")
    Page<ActivityResponse> myTasks(@RequestParam(required = false) ActivityTimeline.Due due,
                                   @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return activities.myTasks(due == null ? ActivityTimeline.Due.ALL : due, PageRequest.of(limit, cursor));
    }

    /** Open tasks nobody is assigned to, soonest due first, for managers and admins to hand out; {@code due} as above. */
    @GetMapping("/unassigned-tasks")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    Page<ActivityResponse> unassignedTasks(@RequestParam(required = false) ActivityTimeline.Due due,
                                           @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return activities.unassignedTasks(due == null ? ActivityTimeline.Due.ALL : due, PageRequest.of(limit, cursor));
    }

    /**
     * A member's calendar over the days [from, to) (at most 31) in {@code zone} (IANA, UTC by default): tasks by due
     * time, meetings by start, calls by time; another member's ({@code assigneeId}) for admins and managers only.
     */
    @GetMapping("/calendar")
    CalendarResponse calendar(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to, @RequestParam(required = false) String zone,
                              @RequestParam(required = false) UUID assigneeId, @RequestParam(required = false) Integer limit) {
        return activities.calendar(assigneeId, CalendarRange.of(from, to, zone, limit));
    }

    @PostMapping
    ResponseEntity<ActivityResponse> create(@Valid @RequestBody ActivityData request) {
        ActivityResponse created = activities.create(request);
        return ResponseEntity.created(URI.create("/api/activities/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ActivityResponse get(@PathVariable UUID id) {
        return activities.get(id);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ActivityResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        return activities.patch(id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        activities.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ActivityResponse restore(@PathVariable UUID id) {
        return activities.restore(id);
    }

    /** A repeatable filter left out: no filter. */
    private static <T> List<T> orEvery(List<T> values) {
        return values == null ? List.of() : values;
    }
}
