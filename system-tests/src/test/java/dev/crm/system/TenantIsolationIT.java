package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two organizations; every route tried with the other one's token, ids and X-Tenant header. All are
 * refused, nothing of the victim is read or changed.
 */
class TenantIsolationIT {

    static Platform.Org victim;
    static Platform.Org intruder;
    static String victimAdminId;
    static String victimMemberId;
    static String victimInvitationId;
    static String victimContactId;
    static String victimCompanyId;
    static String victimPipelineId;
    static String victimStageId;
    static String victimDealId;
    static String victimActivityId;

    @BeforeAll
    static void twoOrganizations() {
        victim = Platform.register("victim");
        intruder = Platform.register("intruder");
        victimAdminId = victim.admin().get("/api/auth/profile").field("id");
        ApiClient.Response member = Platform.join(victim, "rep@victim.test", "SALES_REP");
        victimMemberId = Platform.api().bearer(member.field("accessToken")).get("/api/auth/profile").field("id");
        victimInvitationId = victim.admin().post("/api/tenants/invitations", Map.of("email", "open@victim.test", "role", "VIEWER")).field("id");
        victimCompanyId = victim.admin().post("/api/companies", Map.of("name", "Victim Group", "domain", "victim.test")).field("id");
        victimContactId = victim.admin().post("/api/contacts", Map.of("firstName", "Vera", "email", "vera@victim.test",
                "companyId", victimCompanyId)).field("id");
        Platform.eventually(Duration.ofSeconds(20), () -> !victim.admin().get("/api/pipelines").json().path("items").isEmpty(),
                "the default pipeline of tenant.created");
        JsonNode pipeline = victim.admin().get("/api/pipelines").json().get("items").get(0);
        victimPipelineId = pipeline.get("id").asString();
        victimStageId = pipeline.get("stages").get(1).get("id").asString();
        victimDealId = victim.admin().post("/api/deals", Map.of("name", "Victim deal", "value", 1000, "contactId", victimContactId))
                .field("id");
        victimActivityId = victim.admin().post("/api/activities", Map.of("type", "TASK", "contactId", victimContactId,
                "subject", "Victim task", "assigneeId", victimAdminId)).field("id");
    }

    /** Every authenticated route of the platform so far. */
    static final List<String[]> ROUTES = List.of(
            new String[] {"GET", "/api/auth/profile"},
            new String[] {"GET", "/api/tenants/current"},
            new String[] {"PATCH", "/api/tenants/current"},
            new String[] {"GET", "/api/tenants/users"},
            new String[] {"GET", "/api/tenants/invitations"},
            new String[] {"POST", "/api/tenants/invitations"},
            new String[] {"GET", "/api/tenants/audit"},
            new String[] {"GET", "/api/contacts"},
            new String[] {"POST", "/api/contacts"},
            new String[] {"GET", "/api/contacts/trash"},
            new String[] {"GET", "/api/contacts/export"},
            new String[] {"GET", "/api/contacts/import"},
            new String[] {"GET", "/api/companies/trash"},
            new String[] {"GET", "/api/companies"},
            new String[] {"POST", "/api/companies"},
            new String[] {"GET", "/api/custom-fields"},
            new String[] {"POST", "/api/custom-fields"},
            new String[] {"GET", "/api/pipelines"},
            new String[] {"POST", "/api/pipelines"},
            new String[] {"GET", "/api/deals"},
            new String[] {"POST", "/api/deals"},
            new String[] {"GET", "/api/deals/board"},
            new String[] {"GET", "/api/deals/summary?companyId=" + UUID.randomUUID()},
            new String[] {"GET", "/api/deals?q=victim"},
            new String[] {"POST", "/api/deals/bulk/stage"},
            new String[] {"GET", "/api/deals/analytics/forecast"},
            new String[] {"GET", "/api/deals/analytics/conversion"},
            new String[] {"GET", "/api/deals/analytics/velocity"},
            new String[] {"GET", "/api/deals/analytics/reps"},
            new String[] {"GET", "/api/deals/analytics/bottlenecks"},
            new String[] {"GET", "/api/activities?contactId=" + UUID.randomUUID()},
            new String[] {"POST", "/api/activities"},
            new String[] {"GET", "/api/activities/my-tasks"},
            new String[] {"GET", "/api/activities/unassigned-tasks"},
            new String[] {"GET", "/api/activities?kind=SYSTEM&contactId=" + UUID.randomUUID()},
            new String[] {"GET", "/api/communications/settings"},
            new String[] {"PATCH", "/api/communications/settings"},
            new String[] {"POST", "/api/communications/emails/send"},
            new String[] {"GET", "/api/communications/emails/" + UUID.randomUUID()},
            new String[] {"GET", "/api/communications/templates"},
            new String[] {"POST", "/api/communications/templates"},
            new String[] {"POST", "/api/communications/templates/preview"},
            new String[] {"GET", "/api/communications/suppressions"},
            new String[] {"POST", "/api/communications/suppressions"},
            new String[] {"GET", "/api/communications/inbound-address"},
            new String[] {"GET", "/api/activities/recent"},
            new String[] {"GET", "/api/activities/calendar?from=2026-12-07&to=2026-12-14"},
            new String[] {"GET", "/api/communications/attachments?activityId=" + UUID.randomUUID()});

    @Test
    void refusesEveryRouteWhenTheHeaderNamesAnotherOrganization() {
        ApiClient crossed = Platform.api().bearer(intruder.accessToken()).with("X-Tenant", victim.subdomain());
        for (String[] route : ROUTES) {
            String body = route[0].equals("GET") ? null : "{\"name\":\"Hacked\",\"email\":\"x@x.test\",\"role\":\"ADMIN\"}";
            ApiClient.Response r = crossed.send(route[0], route[1], body == null ? null : "application/merge-patch+json", body);
            assertThat(r.status()).as(route[1]).isEqualTo(403);
            assertThat(r.field("code")).as(route[1]).isEqualTo("TENANT_MISMATCH");
        }
        assertThat(victim.admin().get("/api/tenants/current").field("name")).isEqualTo("Org " + victim.subdomain());
    }

    @Test
    void anotherOrganizationsIdsAnswerNotFoundAndChangeNothing() {
        ApiClient intruderAdmin = intruder.admin();
        assertThat(intruderAdmin.patch("/api/tenants/users/" + victimMemberId, Map.of("role", "ADMIN")).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete("/api/tenants/users/" + victimMemberId).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete("/api/tenants/users/" + victimAdminId).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete("/api/tenants/invitations/" + victimInvitationId).status()).isEqualTo(404);
        String contact = "/api/contacts/" + victimContactId;
        assertThat(intruderAdmin.get(contact).status()).isEqualTo(404);
        assertThat(intruderAdmin.patch(contact, Map.of("firstName", "Hacked")).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete(contact).status()).isEqualTo(404);
        assertThat(intruderAdmin.post(contact + "/restore", null).status()).isEqualTo(404);
        assertThat(victim.admin().get(contact).field("firstName")).isEqualTo("Vera");
        String company = "/api/companies/" + victimCompanyId;
        assertThat(intruderAdmin.get(company).status()).isEqualTo(404);
        assertThat(intruderAdmin.get(company + "/children").status()).isEqualTo(404);
        assertThat(intruderAdmin.get(company + "/group").status()).isEqualTo(404);
        assertThat(intruderAdmin.patch(company, Map.of("name", "Hacked")).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete(company).status()).isEqualTo(404);
        assertThat(intruderAdmin.post("/api/contacts", Map.of("firstName", "Spy", "companyId", victimCompanyId)).status()).isEqualTo(400);
        assertThat(victim.admin().get(company).field("name")).isEqualTo("Victim Group");

        String deal = "/api/deals/" + victimDealId;
        assertThat(intruderAdmin.get(deal).status()).isEqualTo(404);
        assertThat(intruderAdmin.get(deal + "/history").status()).isEqualTo(404);
        assertThat(intruderAdmin.patch(deal, Map.of("stageId", victimStageId)).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete(deal).status()).isEqualTo(404);
        assertThat(intruderAdmin.post("/api/deals/bulk/stage", Map.of("dealIds", List.of(victimDealId), "stageId", victimStageId)).status())
                .isEqualTo(404);
        String pipeline = "/api/pipelines/" + victimPipelineId;
        assertThat(intruderAdmin.get(pipeline).status()).isEqualTo(404);
        assertThat(intruderAdmin.put(pipeline, Map.of("name", "Hacked", "version", 0)).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete(pipeline + "/stages/" + victimStageId).status()).isEqualTo(404);
        assertThat(intruderAdmin.get("/api/deals/board?pipelineId=" + victimPipelineId).status()).isEqualTo(404);
        assertThat(intruderAdmin.get("/api/deals/analytics/forecast?pipelineId=" + victimPipelineId).status()).isEqualTo(404);
        assertThat(intruderAdmin.post("/api/deals", Map.of("name", "Spy", "stageId", victimStageId)).status()).isEqualTo(400);
        assertThat(victim.admin().get(deal).field("name")).isEqualTo("Victim deal");
        assertThat(victim.admin().get(pipeline).json().get("stages")).hasSize(6);

        String activity = "/api/activities/" + victimActivityId;
        assertThat(intruderAdmin.get(activity).status()).isEqualTo(404);
        assertThat(intruderAdmin.patch(activity, Map.of("subject", "Hacked")).status()).isEqualTo(404);
        assertThat(intruderAdmin.delete(activity).status()).isEqualTo(404);
        assertThat(intruderAdmin.post(activity + "/restore", null).status()).isEqualTo(404);
        assertThat(victim.admin().get(activity).field("subject")).isEqualTo("Victim task");

        String victimMembers = victim.admin().get("/api/tenants/users").text();
        assertThat(victimMembers).contains("rep@victim.test").contains("SALES_REP");
        assertThat(victim.admin().get("/api/tenants/invitations").text()).contains("open@victim.test").contains("PENDING");
    }

    @Test
    void listsNeverShowAnotherOrganizationsData() {
        ApiClient intruderAdmin = intruder.admin();
        assertThat(intruderAdmin.get("/api/tenants/users").text()).doesNotContain("victim.test");
        assertThat(intruderAdmin.get("/api/tenants/invitations").text()).doesNotContain("victim.test");
        assertThat(intruderAdmin.get("/api/tenants/audit").text()).doesNotContain("victim.test").doesNotContain(victimMemberId);
        assertThat(intruderAdmin.get("/api/contacts").text()).doesNotContain("victim.test");
        assertThat(intruderAdmin.get("/api/companies").text()).doesNotContain("victim.test");
        assertThat(intruderAdmin.get("/api/contacts?q=vera").json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/contacts?q=victim&sort=email").json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/companies?q=victim").json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/contacts/export").text()).doesNotContain("victim.test");
        assertThat(intruderAdmin.get("/api/contacts?companyId=" + victimCompanyId).json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/tenants/current").field("subdomain")).isEqualTo(intruder.subdomain());
        assertThat(intruderAdmin.get("/api/tenants/audit?userId=" + victimAdminId).json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/deals").text()).doesNotContain("Victim deal");
        assertThat(intruderAdmin.get("/api/deals?contactId=" + victimContactId).json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/pipelines").text()).doesNotContain(victimPipelineId);
        assertThat(intruderAdmin.get("/api/deals/board").text()).doesNotContain("Victim deal");
        assertThat(intruderAdmin.get("/api/activities?contactId=" + victimContactId).json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/activities/my-tasks").text()).doesNotContain("Victim task");
        assertThat(intruderAdmin.get("/api/activities/unassigned-tasks").text()).doesNotContain("Victim");
        assertThat(intruderAdmin.get("/api/activities?kind=SYSTEM&contactId=" + victimContactId).json().path("items").size()).isZero();
        assertThat(intruderAdmin.get("/api/deals?q=victim").json().path("items").size()).isZero();
        JsonNode summary = intruderAdmin.get("/api/deals/summary?contactId=" + victimContactId).json();
        assertThat(summary.at("/open/count").asLong()).as("the victim contact's deal is not counted").isZero();
        assertThat(intruderAdmin.get("/api/activities/calendar?from=2026-01-01&to=2026-01-31&assigneeId=" + victimAdminId)
                .json().path("items").size()).isZero();
    }

    @Test
    void aRefreshTokenOfOneOrganizationCannotBeReplayedAsAnother() {
        String forged = victim.id() + intruder.refreshToken().substring(intruder.refreshToken().indexOf('.'));
        assertThat(Platform.api().post("/api/auth/refresh", Map.of("refreshToken", forged)).status()).isEqualTo(401);
    }

    @Test
    void anInvitationTokenOnlyWorksInItsOwnOrganization() {
        ApiClient.Response invite = victim.admin().post("/api/tenants/invitations", Map.of("email", "moved@victim.test", "role", "ADMIN"));
        String url = invite.field("acceptUrl");
        String token = url.substring(url.indexOf("token=") + 6);
        ApiClient.Response elsewhere = Platform.api().post("/api/auth/register", Map.of("tenant", intruder.subdomain(), "token", token,
                "fullName", "Mallory", "password", Platform.PASSWORD));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(Platform.api().get("/api/auth/invitations/" + token + "?tenant=" + intruder.subdomain()).status()).isEqualTo(404);
    }
}
