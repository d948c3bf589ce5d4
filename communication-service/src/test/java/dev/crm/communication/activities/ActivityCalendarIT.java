package dev.crm.communication.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 16: a member's week of tasks, meetings and calls; its bounds, who may look, and tenancy. */
class ActivityCalendarIT extends CommunicationServiceApiTest {

    private static final String WEEK = "/api/activities/calendar?from=2030-01-07&to=2030-01-14";

    private final String contact = UUID.randomUUID().toString();

    private String log(Member by, String type, String subject, Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("type", type, "contactId", contact, "subject", subject));
        for (int i = 0; i < more.length; i += 2) fields.put((String) more[i], more[i + 1]);
        ApiClient.Response created = by.api().post("/api/activities", fields);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private String task(Member by, String subject, String dueAt, Object... more) {
        Object[] fields = new Object[more.length + 2];
        fields[0] = "dueAt";
        fields[1] = dueAt;
        System.arraycopy(more, 0, fields, 2, more.length);
        return log(by, "TASK", subject, fields);
    }

    private String meeting(Member by, String subject, String startsAt, String endsAt) {
        return log(by, "MEETING", subject, "startsAt", startsAt, "endsAt", endsAt);
    }

    private static List<String> subjects(ApiClient.Response calendar) {
        assertThat(calendar.status()).as(calendar.text()).isEqualTo(200);
        return calendar.json().get("items").findValuesAsString("subject");
    }

    @Test
    void aWeekHoldsTheMembersTasksByDueTimeAndTheirMeetingsAndCallsByStartInOrder() {
        Member rep = acme.as("SALES_REP");
        Member other = acme.as("SALES_REP");
        meeting(rep, "Demo", "2030-01-09T09:00:00Z", "2030-01-09T10:00:00Z");
        task(rep, "Send quote", "2030-01-07T08:00:00Z");
        String done = task(rep, "Prepare", "2030-01-08T12:00:00Z");
        assertThat(rep.api().patch("/api/activities/" + done, Map.of("status", "DONE")).status()).isEqualTo(200);
        log(rep, "CALL", "Called back", "occurredAt", "2030-01-10T15:00:00Z");
        task(admin, "Given to the rep", "2030-01-13T23:59:59Z", "assigneeId", rep.id().toString());

        task(rep, "Last Sunday", "2030-01-06T23:59:59Z");
        task(rep, "Next Monday", "2030-01-14T00:00:00Z");
        log(rep, "TASK", "Someday");
        task(rep, "Handed to another", "2030-01-08T10:00:00Z", "assigneeId", other.id().toString());
        meeting(other, "Their meeting", "2030-01-09T11:00:00Z", "2030-01-09T12:00:00Z");
        log(rep, "NOTE", "A note", "occurredAt", "2030-01-09T08:00:00Z");
        String trashed = task(rep, "Trashed", "2030-01-09T08:00:00Z");
        assertThat(rep.api().delete("/api/activities/" + trashed).status()).isEqualTo(204);

        ApiClient.Response week = rep.api().get(WEEK);
        assertThat(subjects(week)).containsExactly("Send quote", "Prepare", "Demo", "Called back", "Given to the rep");
        assertThat(week.field("from")).isEqualTo("2030-01-07");
        assertThat(week.field("to")).isEqualTo("2030-01-14");
        assertThat(week.field("zone")).isEqualTo("UTC");
        assertThat(week.field("truncated")).isEqualTo("false");
        assertThat(week.json().get("items").get(1).get("status").asString()).isEqualTo("DONE");

        assertThat(subjects(other.api().get(WEEK))).containsExactly("Handed to another", "Their meeting");
    }

    @Test
    void theDaysAreTheMembersInTheirTimeZone() {
        Member rep = acme.as("SALES_REP");
        task(rep, "Monday 00:30 in Berlin", "2030-01-06T23:30:00Z");
        task(rep, "Sunday 23:30 in Berlin", "2030-01-13T22:30:00Z");
        task(rep, "Monday 00:30 next week in Berlin", "2030-01-13T23:30:00Z");

        assertThat(subjects(rep.api().get(WEEK + "&zone=Europe/Berlin")))
                .containsExactly("Monday 00:30 in Berlin", "Sunday 23:30 in Berlin");
        assertThat(subjects(rep.api().get(WEEK))).containsExactly("Sunday 23:30 in Berlin", "Monday 00:30 next week in Berlin");
        assertThat(rep.api().get(WEEK + "&zone=America/New_York").field("zone")).isEqualTo("America/New_York");
        // the week of the change to summer time has 167 hours: the hour after it is the next Monday's
        task(rep, "Sunday 22:00 in Berlin, summer time", "2030-03-31T20:00:00Z");
        task(rep, "Monday 00:30 in Berlin, summer time", "2030-03-31T22:30:00Z");
        assertThat(subjects(rep.api().get("/api/activities/calendar?from=2030-03-25&to=2030-04-01&zone=Europe/Berlin")))
                .containsExactly("Sunday 22:00 in Berlin, summer time");
    }

    @Test
    void aRangeOutsideTheBoundsIsRefusedNamingTheParameter() {
        Member rep = acme.as("SALES_REP");
        Map<String, String> refused = Map.of(
                "/api/activities/calendar?from=2030-01-14&to=2030-01-14", "to",
                "/api/activities/calendar?from=2030-01-14&to=2030-01-07", "to",
                "/api/activities/calendar?from=2030-01-01&to=2030-02-02", "to",
                WEEK + "&zone=Mars/Olympus", "zone",
                WEEK + "&limit=0", "limit",
                WEEK + "&limit=501", "limit");
        refused.forEach((query, field) -> {
            ApiClient.Response response = rep.api().get(query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).as(query).contains("\"" + field + "\"");
        });
        for (String query : List.of("/api/activities/calendar?to=2030-01-14", "/api/activities/calendar?from=2030-01-07",
                "/api/activities/calendar?from=07.01.2030&to=2030-01-14", WEEK + "&assigneeId=me")) {
            ApiClient.Response response = rep.api().get(query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(rep.api().get("/api/activities/calendar?from=2030-01-01&to=2030-02-01").status()).as("31 days").isEqualTo(200);
    }

    @Test
    void aFullRangeSaysItIsTruncated() {
        Member rep = acme.as("SALES_REP");
        task(rep, "One", "2030-01-07T08:00:00Z");
        task(rep, "Two", "2030-01-08T08:00:00Z");
        task(rep, "Three", "2030-01-09T08:00:00Z");

        ApiClient.Response two = rep.api().get(WEEK + "&limit=2");
        assertThat(subjects(two)).containsExactly("One", "Two");
        assertThat(two.field("truncated")).isEqualTo("true");
        assertThat(rep.api().get(WEEK + "&limit=3").field("truncated")).isEqualTo("false");
    }

    @Test
    void managersAndAdminsLookAtAMembersWeekRepsAndViewersOnlyAtTheirOwn() {
        Member rep = acme.as("SALES_REP");
        Member otherRep = acme.as("SALES_REP");
        task(rep, "The rep's", "2030-01-08T08:00:00Z");
        String forRep = WEEK + "&assigneeId=" + rep.id();

        assertThat(subjects(acme.as("MANAGER").api().get(forRep))).containsExactly("The rep's");
        assertThat(subjects(admin.api().get(forRep))).containsExactly("The rep's");
        assertThat(subjects(rep.api().get(forRep))).as("themselves, named").containsExactly("The rep's");
        for (Member refused : List.of(otherRep, acme.as("VIEWER"))) {
            ApiClient.Response response = refused.api().get(forRep);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(subjects(acme.as("VIEWER").api().get(WEEK))).as("a viewer's own week").isEmpty();
    }

    @Test
    void anotherOrganizationReadsNothingOfOursAndChangesNothing() {
        Member rep = acme.as("SALES_REP");
        String ours = task(rep, "Ours", "2030-01-08T08:00:00Z");
        meeting(rep, "Our meeting", "2030-01-09T09:00:00Z", "2030-01-09T10:00:00Z");
        String before = rep.api().get(WEEK).text();
        Organization globex = anotherOrganization();
        Member intruder = globex.as("ADMIN");

        assertThat(subjects(intruder.api().get(WEEK + "&assigneeId=" + rep.id()))).as("our member's id").isEmpty();
        assertThat(subjects(intruder.api().get(WEEK))).isEmpty();
        ApiClient.Response crossed = intruder.api().with("X-Tenant", acme.subdomain()).get(WEEK + "&assigneeId=" + rep.id());
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(crossed.field("code")).isEqualTo("TENANT_MISMATCH");
        assertThat(intruder.api().patch("/api/activities/" + ours, Map.of("dueAt", "2030-01-20T08:00:00Z")).status()).isEqualTo(404);
        assertThat(intruder.api().with("X-Tenant", acme.subdomain()).patch("/api/activities/" + ours,
                Map.of("dueAt", "2030-01-20T08:00:00Z")).status()).isEqualTo(403);

        assertThat(rep.api().get(WEEK).text()).as("our week, unchanged").isEqualTo(before);
        assertThat(subjects(rep.api().get(WEEK))).containsExactly("Ours", "Our meeting");
    }
}
