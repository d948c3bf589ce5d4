package dev.crm.communication.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Activities against real PostgreSQL: each type's fields, the timelines, my tasks, the roles and tenancy. */
class ActivityApiIT extends CommunicationServiceApiTest {

    private final String contact = UUID.randomUUID().toString();
    private final String deal = UUID.randomUUID().toString();

    private ApiClient.Response log(ApiClient api, Map<String, Object> fields) {
        return api.post("/api/activities", fields);
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... more) {
        Map<String, Object> fields = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) fields.put((String) more[i], more[i + 1]);
        return fields;
    }

    private List<String> timeline(String query) {
        return admin.api().get("/api/activities?" + query).json().get("items").findValuesAsString("id");
    }

    @Test
    void eachTypeIsLoggedWithItsOwnFields() {
        ApiClient.Response call = log(admin.api(), Map.of("type", "CALL", "contactId", contact, "direction", "OUTBOUND",
                "durationSeconds", 420, "outcome", " Left a voicemail ", "occurredAt", "2026-11-20T10:00:00Z"));
        assertThat(call.status()).as(call.text()).isEqualTo(201);
        assertThat(call.header("Location")).isEqualTo("/api/activities/" + call.field("id"));
        assertThat(call.field("outcome")).isEqualTo("Left a voicemail");
        assertThat(call.field("durationSeconds")).isEqualTo("420");
        assertThat(call.field("occurredAt")).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(call.field("ownerId")).isEqualTo(admin.id().toString());

        ApiClient.Response meeting = log(admin.api(), Map.of("type", "MEETING", "dealId", deal, "subject", "Demo",
                "startsAt", "2026-11-21T09:00:00Z", "endsAt", "2026-11-21T10:00:00Z", "attendees", List.of("ana@client.test", " bo@client.test ")));
        assertThat(meeting.status()).as(meeting.text()).isEqualTo(201);
        assertThat(meeting.json().get("attendees").valueStream().map(n -> n.asString()).toList())
                .containsExactly("ana@client.test", "bo@client.test");

        ApiClient.Response note = log(admin.api(), Map.of("type", "NOTE", "contactId", contact, "body", "Prefers email."));
        assertThat(note.status()).as(note.text()).isEqualTo(201);
        assertThat(Instant.parse(note.field("occurredAt"))).as("now, when not given").isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        ApiClient.Response task = log(admin.api(), Map.of("type", "TASK", "dealId", deal, "subject", "Send the quote",
                "dueAt", "2026-12-01T17:00:00Z", "assigneeId", admin.id().toString()));
        assertThat(task.status()).as(task.text()).isEqualTo(201);
        assertThat(task.field("priority")).isEqualTo("NORMAL");
        assertThat(task.field("status")).isEqualTo("OPEN");
        assertThat(task.json().get("completedAt").isNull()).isTrue();

        assertThat(admin.api().get("/api/activities/" + task.field("id")).json()).isEqualTo(task.json());
        assertThat(rows("activities", "true")).isEqualTo(4);
    }

    @Test
    void invalidActivitiesAreRefusedFieldByFieldAndNothingIsStored() {
        assertField(log(admin.api(), Map.of("type", "NOTE", "body", "About nobody")), 400, "contactId");
        assertField(log(admin.api(), Map.of("type", "NOTE", "contactId", contact, "body", "  ")), 400, "body");
        assertField(log(admin.api(), Map.of("type", "NOTE", "contactId", contact, "body", "x", "dueAt", "2026-12-01T00:00:00Z")), 400, "dueAt");
        assertField(log(admin.api(), Map.of("type", "NOTE", "contactId", contact, "body", "x", "direction", "INBOUND")), 400, "direction");
        assertField(log(admin.api(), Map.of("type", "CALL", "contactId", contact, "durationSeconds", -1)), 400, "durationSeconds");
        assertField(log(admin.api(), Map.of("type", "MEETING", "contactId", contact, "startsAt", "2026-11-21T10:00:00Z")), 400, "endsAt");
        assertField(log(admin.api(), Map.of("type", "MEETING", "contactId", contact, "startsAt", "2026-11-21T10:00:00Z",
                "endsAt", "2026-11-21T09:00:00Z")), 400, "endsAt");
        assertThat(log(admin.api(), Map.of("type", "FAX", "contactId", contact)).status()).isEqualTo(400);
        assertThat(log(admin.api(), Map.of("contactId", contact, "body", "no type")).status()).isEqualTo(400);
        assertThat(log(admin.api(), Map.of("type", "TASK", "contactId", contact, "subject", "x", "priority", "URGENT")).status()).isEqualTo(400);
        assertThat(admin.api().get("/api/activities?contactId=" + contact + "&dealId=" + deal).status()).as("one timeline at a time").isEqualTo(400);
        assertThat(admin.api().get("/api/activities").status()).isEqualTo(400);
        assertThat(rows("activities", "true")).isZero();
    }

    @Test
    void aTimelineIsNewestFirstPageByPageAndFiltersByType() {
        List<String> logged = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            String type = day % 2 == 0 ? "CALL" : "NOTE";
            logged.add(0, log(admin.api(), with(Map.of("type", type, "contactId", contact, "body", "Day " + day),
                    "occurredAt", "2026-11-0" + day + "T12:00:00Z")).field("id"));
        }
        log(admin.api(), Map.of("type", "NOTE", "contactId", UUID.randomUUID().toString(), "body", "Someone else"));

        ApiClient.Response first = admin.api().get("/api/activities?contactId=" + contact + "&limit=3");
        assertThat(first.json().get("items").findValuesAsString("id")).isEqualTo(logged.subList(0, 3));
        String cursor = first.field("nextCursor");
        assertThat(timeline("contactId=" + contact + "&limit=3&cursor=" + cursor)).isEqualTo(logged.subList(3, 6));
        assertThat(timeline("contactId=" + contact)).isEqualTo(logged);
        assertThat(timeline("contactId=" + contact + "&type=CALL")).hasSize(3);
        assertThat(timeline("contactId=" + contact + "&type=CALL&type=NOTE")).hasSize(7);

        List<String> recent = admin.api().get("/api/activities/recent?limit=8").json().get("items").findValuesAsString("id");
        assertThat(recent).as("the organization's recent activity: every timeline, newest first").hasSize(8).containsAll(logged);
        assertThat(recent.get(0)).as("logged now, the newest").isNotIn(logged);
        assertThat(admin.api().get("/api/activities/recent?type=CALL").json().get("items")).hasSize(3);
        assertThat(anotherOrganization().as("ADMIN").api().get("/api/activities/recent").json().get("items")).isEmpty();

        admin.api().delete("/api/activities/" + logged.get(0));
        assertThat(timeline("contactId=" + contact)).as("the trash is not on the timeline").isEqualTo(logged.subList(1, 7));
        assertThat(admin.api().post("/api/activities/" + logged.get(0) + "/restore", Map.of()).status()).isEqualTo(200);
        assertThat(timeline("contactId=" + contact)).isEqualTo(logged);
    }

    @Test
    void myTasksAreTheOpenOnesAssignedToMeSoonestFirstAndCompletingStampsTheTime() {
        Member rep = acme.as("SALES_REP");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String overdue = log(admin.api(), Map.of("type", "TASK", "dealId", deal, "subject", "Late", "assigneeId", rep.id().toString(),
                "dueAt", Instant.now().minus(2, ChronoUnit.DAYS).toString())).field("id");
        String later = log(admin.api(), Map.of("type", "TASK", "dealId", deal, "subject", "Later", "assigneeId", rep.id().toString(),
                "dueAt", Instant.now().plus(10, ChronoUnit.DAYS).toString())).field("id");
        String someday = log(admin.api(), Map.of("type", "TASK", "dealId", deal, "subject", "Someday", "assigneeId", rep.id().toString())).field("id");
        log(admin.api(), Map.of("type", "TASK", "dealId", deal, "subject", "Not mine", "assigneeId", admin.id().toString(), "dueAt", now));

        ApiClient.Response mine = rep.api().get("/api/activities/my-tasks?limit=2");
        assertThat(mine.json().get("items").findValuesAsString("id")).containsExactly(overdue, later);
        assertThat(mine.json().get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(rep.api().get("/api/activities/my-tasks?cursor=" + mine.field("nextCursor")).json().get("items").findValuesAsString("id"))
                .containsExactly(someday);
        assertThat(rep.api().get("/api/activities/my-tasks?due=OVERDUE").json().get("items").findValuesAsString("id")).containsExactly(overdue);

        ApiClient.Response done = rep.api().patch("/api/activities/" + overdue, Map.of("status", "DONE"));
        assertThat(done.status()).as("the assignee works the task: " + done.text()).isEqualTo(200);
        assertThat(done.json().get("completedAt").isNull()).isFalse();
        assertThat(done.json().get("overdue").asBoolean()).isFalse();
        assertThat(rep.api().get("/api/activities/my-tasks").json().get("items").findValuesAsString("id")).containsExactly(later, someday);
        ApiClient.Response reopened = rep.api().patch("/api/activities/" + overdue, Map.of("status", "OPEN"));
        assertThat(reopened.json().get("completedAt").isNull()).isTrue();
    }

    @Test
    void salesRepsChangeOnlyTheirOwnOrAssignedAndViewersNothing() {
        Member rep = acme.as("SALES_REP");
        Member viewer = acme.as("VIEWER");
        String admins = log(admin.api(), Map.of("type", "NOTE", "contactId", contact, "body", "Admin's")).field("id");
        ApiClient.Response repsOwn = log(rep.api(), Map.of("type", "NOTE", "contactId", contact, "body", "Rep's"));
        assertThat(repsOwn.status()).isEqualTo(201);
        assertThat(repsOwn.field("ownerId")).isEqualTo(rep.id().toString());

        assertThat(rep.api().patch("/api/activities/" + admins, Map.of("body", "Mine now")).status()).isEqualTo(403);
        assertThat(rep.api().delete("/api/activities/" + admins).status()).isEqualTo(403);
        assertThat(rep.api().patch("/api/activities/" + repsOwn.field("id"), Map.of("ownerId", admin.id().toString())).status())
                .as("a rep cannot hand an activity to someone else").isEqualTo(403);
        assertThat(rep.api().patch("/api/activities/" + repsOwn.field("id"), Map.of("body", "Edited")).status()).isEqualTo(200);
        assertThat(log(rep.api(), Map.of("type", "NOTE", "contactId", contact, "body", "x", "ownerId", admin.id().toString())).status())
                .isEqualTo(403);

        assertThat(viewer.api().get("/api/activities/" + admins).status()).isEqualTo(200);
        assertThat(log(viewer.api(), Map.of("type", "NOTE", "contactId", contact, "body", "x")).status()).isEqualTo(403);
        assertThat(viewer.api().patch("/api/activities/" + admins, Map.of("body", "x")).status()).isEqualTo(403);
        assertThat(viewer.api().delete("/api/activities/" + admins).status()).isEqualTo(403);
        assertThat(admin.api().get("/api/activities/" + admins).field("body")).isEqualTo("Admin's");
    }

    @Test
    void anActivityKeepsItsTypeAndAStaleVersionIsRefused() {
        ApiClient.Response note = log(admin.api(), Map.of("type", "NOTE", "contactId", contact, "body", "First"));
        String path = "/api/activities/" + note.field("id");
        assertField(admin.api().patch(path, Map.of("type", "TASK")), 400, "type");
        assertThat(admin.api().patch(path, Map.of("body", "Second", "version", 0)).status()).isEqualTo(200);
        assertThat(admin.api().patch(path, Map.of("body", "Third", "version", 0)).status()).isEqualTo(409);
        assertThat(admin.api().get(path).field("body")).isEqualTo("Second");
        assertThat(outboxSubjects("activityId", note.field("id")))
                .containsExactly("crm.events.activity.created", "crm.events.audit.recorded", "crm.events.activity.updated", "crm.events.audit.recorded");
    }

    @Test
    void anotherOrganizationCannotSeeOrTouchAnActivity() {
        String id = log(admin.api(), Map.of("type", "TASK", "contactId", contact, "subject", "Ours", "assigneeId", admin.id().toString())).field("id");
        Organization other = anotherOrganization();
        Member intruder = other.as("ADMIN");
        String path = "/api/activities/" + id;
        assertThat(intruder.api().get(path).status()).isEqualTo(404);
        assertThat(intruder.api().patch(path, Map.of("subject", "Theirs")).status()).isEqualTo(404);
        assertThat(intruder.api().delete(path).status()).isEqualTo(404);
        assertThat(intruder.api().post(path + "/restore", Map.of()).status()).isEqualTo(404);
        assertThat(intruder.api().get("/api/activities?contactId=" + contact).json().get("items")).isEmpty();
        assertThat(intruder.api().get("/api/activities/my-tasks").json().get("items")).isEmpty();
        assertThat(intruder.api().get("/api/activities?contactId=" + contact + "&cursor=" + dev.crm.common.web.PageRequest.cursorFor(UUID.fromString(id)))
                .json().get("items")).isEmpty();
        assertThat(admin.api().get(path).field("subject")).isEqualTo("Ours");
    }
}
