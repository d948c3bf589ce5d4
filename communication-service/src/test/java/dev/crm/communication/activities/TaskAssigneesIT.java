package dev.crm.communication.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

/** Issue 16, point 2: every task is someone's; the ones nobody is assigned to are listed for managers and admins. */
class TaskAssigneesIT extends CommunicationServiceApiTest {

    private final String contact = UUID.randomUUID().toString();

    private ApiClient.Response task(Member by, String subject, Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("type", "TASK", "contactId", contact, "subject", subject));
        for (int i = 0; i < more.length; i += 2) fields.put((String) more[i], more[i + 1]);
        return by.api().post("/api/activities", fields);
    }

    private String unassigned(Member by, String subject, Object... more) {
        String id = task(by, subject, more).field("id");
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("assigneeId", null);
        ApiClient.Response cleared = by.api().patch("/api/activities/" + id, nobody);
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.json().get("assigneeId").isNull()).isTrue();
        return id;
    }

    private static List<String> ids(ApiClient.Response page) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.json().get("items").findValuesAsString("id");
    }

    @Test
    void aTaskLoggedWithoutAnAssigneeIsItsCreatorsAndInTheirTasks() {
        Member rep = acme.as("SALES_REP");
        ApiClient.Response created = task(rep, "Call back", "dueAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("assigneeId")).isEqualTo(rep.id().toString());
        Map<String, Object> explicitNull = new HashMap<>(Map.of("type", "TASK", "contactId", contact, "subject", "Null given"));
        explicitNull.put("assigneeId", null);
        assertThat(rep.api().post("/api/activities", explicitNull).field("assigneeId")).isEqualTo(rep.id().toString());
        assertThat(task(admin, "For the rep", "assigneeId", rep.id().toString()).field("assigneeId")).isEqualTo(rep.id().toString());

        assertThat(ids(rep.api().get("/api/activities/my-tasks?due=OVERDUE"))).containsExactly(created.field("id"));
        assertThat(ids(rep.api().get("/api/activities/my-tasks"))).hasSize(3);
        ApiClient.Response note = admin.api().post("/api/activities", Map.of("type", "NOTE", "contactId", contact, "body", "x"));
        assertThat(note.json().get("assigneeId").isNull()).as("only tasks have an assignee").isTrue();
    }

    @Test
    void managersAndAdminsSeeUnassignedTasksRepsAndViewersAreRefused() {
        Member manager = acme.as("MANAGER");
        String late = unassigned(admin, "Late and nobody's", "dueAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        String someday = unassigned(manager, "Someday");
        task(admin, "Assigned");

        assertThat(ids(manager.api().get("/api/activities/unassigned-tasks"))).containsExactly(late, someday);
        assertThat(ids(admin.api().get("/api/activities/unassigned-tasks?due=OVERDUE"))).containsExactly(late);
        ApiClient.Response first = manager.api().get("/api/activities/unassigned-tasks?limit=1");
        assertThat(ids(first)).containsExactly(late);
        assertThat(ids(manager.api().get("/api/activities/unassigned-tasks?cursor=" + first.field("nextCursor")))).containsExactly(someday);

        for (String role : List.of("SALES_REP", "VIEWER")) {
            ApiClient.Response refused = acme.as(role).api().get("/api/activities/unassigned-tasks");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        ApiClient.Response bad = manager.api().get("/api/activities/unassigned-tasks?due=SOON");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        ApiClient.Response handedOut = manager.api().patch("/api/activities/" + late, Map.of("assigneeId", manager.id().toString()));
        assertThat(handedOut.status()).as(handedOut.text()).isEqualTo(200);
        assertThat(ids(manager.api().get("/api/activities/unassigned-tasks"))).containsExactly(someday);
        assertThat(ids(manager.api().get("/api/activities/my-tasks"))).contains(late);
    }

    @Test
    void aRepsOwnUnassignedTaskIsInTheirTasksButNotInAnotherRepsTasks() {
        Member rep = acme.as("SALES_REP");
        Member otherRep = acme.as("SALES_REP");
        String mine = unassigned(rep, "Mine, nobody assigned");
        String admins = unassigned(admin, "The admin's, nobody assigned");

        assertThat(ids(rep.api().get("/api/activities/my-tasks"))).containsExactly(mine);
        assertThat(ids(otherRep.api().get("/api/activities/my-tasks"))).isEmpty();
        assertThat(ids(admin.api().get("/api/activities/my-tasks"))).containsExactly(admins);
        assertThat(ids(admin.api().get("/api/activities/unassigned-tasks"))).containsExactlyInAnyOrder(mine, admins);
    }

    @Test
    void existingTasksWithoutAnAssigneeGoToTheirCreatorWhenKnown() throws IOException {
        Member rep = acme.as("SALES_REP");
        String known = task(rep, "Before the fix").field("id");
        String unknown = task(admin, "Imported, creator unknown").field("id");
        jdbc.update("update " + acme.schema() + ".activities set assignee_id = null where id in (?::uuid, ?::uuid)", known, unknown);
        jdbc.update("update " + acme.schema() + ".activities set created_by = null where id = ?::uuid", unknown);

        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/tenant/V13__task_assignees_and_unassigned_tasks.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String update = migration.substring(migration.indexOf("update activities"), migration.indexOf(';', migration.indexOf("update activities")));
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            String schema = connection.getSchema();
            connection.setSchema(acme.schema());
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate(update);
            } finally {
                connection.setSchema(schema);
            }
        });

        ApiClient.Response fixed = admin.api().get("/api/activities/" + known);
        assertThat(fixed.field("assigneeId")).isEqualTo(rep.id().toString());
        assertThat(fixed.field("version")).as("a client holding the old task gets a 409").isEqualTo("1");
        assertThat(ids(rep.api().get("/api/activities/my-tasks"))).containsExactly(known);
        assertThat(ids(admin.api().get("/api/activities/unassigned-tasks"))).containsExactly(unknown);
    }

    @Test
    void anotherOrganizationCannotSeeOrHandOutOurUnassignedTasks() {
        String ours = unassigned(admin, "Ours, nobody assigned");
        Organization globex = anotherOrganization();
        Member intruder = globex.as("MANAGER");

        assertThat(ids(intruder.api().get("/api/activities/unassigned-tasks"))).isEmpty();
        assertThat(intruder.api().get("/api/activities/unassigned-tasks?cursor=" + dev.crm.common.web.PageRequest.cursorFor(UUID.fromString(ours)))
                .status()).as("our id is no cursor of theirs").isEqualTo(400);
        ApiClient.Response crossed = intruder.api().with("X-Tenant", acme.subdomain()).get("/api/activities/unassigned-tasks");
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(crossed.field("code")).isEqualTo("TENANT_MISMATCH");
        assertThat(intruder.api().patch("/api/activities/" + ours, Map.of("assigneeId", intruder.id().toString())).status()).isEqualTo(404);
        assertThat(intruder.api().with("X-Tenant", acme.subdomain()).patch("/api/activities/" + ours,
                Map.of("assigneeId", intruder.id().toString())).status()).isEqualTo(403);

        assertThat(admin.api().get("/api/activities/" + ours).json().get("assigneeId").isNull()).isTrue();
        assertThat(ids(acme.as("MANAGER").api().get("/api/activities/unassigned-tasks"))).containsExactly(ours);
    }
}
