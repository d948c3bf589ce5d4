package dev.crm.deal.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pipelines and stages as admins set them up and every member reads them. */
class PipelineApiIT extends DealServiceApiTest {

    private static Map<String, Object> stageInput(String name, int probability) {
        Map<String, Object> s = new HashMap<>();
        s.put("name", name);
        s.put("probability", probability);
        return s;
    }

    private List<String> stageNames(String pipeline) {
        List<String> names = new ArrayList<>();
        admin.api().get("/api/pipelines/" + pipeline).json().get("stages").forEach(s -> names.add(s.get("name").asString()));
        return names;
    }

    @Test
    void aNewOrganizationHasTheDefaultPipeline() {
        JsonNode pipelines = acme.as("VIEWER").api().get("/api/pipelines").json().get("items");

        assertThat(pipelines).hasSize(1);
        JsonNode sales = pipelines.get(0);
        assertThat(sales.get("name").asString()).isEqualTo("Sales");
        assertThat(sales.get("isDefault").asBoolean()).isTrue();
        List<String> stages = new ArrayList<>();
        sales.get("stages").forEach(s -> stages.add(s.get("name").asString() + " " + s.get("probability").asInt() + "%"
                + (s.get("outcome").isNull() ? "" : " " + s.get("outcome").asString()) + " " + s.get("requiredFields")));
        assertThat(stages).containsExactly("Lead 10% []", "Qualified 25% []", "Proposal 50% [\"value\",\"expectedCloseDate\"]",
                "Negotiation 75% []", "Closed Won 100% WON []", "Closed Lost 0% LOST [\"lostReason\"]");

        withDefaultPipeline(acme);
        assertThat(admin.api().get("/api/pipelines").json().get("items")).as("the event handled twice makes one").hasSize(1);
    }

    @Test
    void anAdminCreatesRenamesAndMakesAPipelineTheDefault() {
        ApiClient.Response created = admin.api().post("/api/pipelines", Map.of("name", "Renewals",
                "stages", List.of(stageInput("Due", 60), Map.of("name", "Renewed", "probability", 100, "outcome", "WON"))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.field("id");
        assertThat(created.header("Location")).isEqualTo("/api/pipelines/" + id);
        assertThat(created.json().get("isDefault").asBoolean()).isFalse();
        assertThat(stageNames(id)).containsExactly("Due", "Renewed");

        ApiClient.Response withDefaults = admin.api().post("/api/pipelines", Map.of("name", "Partners"));
        assertThat(withDefaults.json().get("stages")).as("the default stages").hasSize(6);

        ApiClient.Response renamed = admin.api().put("/api/pipelines/" + id, Map.of("name", "Renewals 2027", "isDefault", true, "version", 0));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.field("name")).isEqualTo("Renewals 2027");
        assertThat(admin.api().get("/api/pipelines/" + pipelineId).json().get("isDefault").asBoolean()).as("one default").isFalse();
        assertThat(admin.api().put("/api/pipelines/" + id, Map.of("name", "Stale", "version", 0)).status()).isEqualTo(409);
        assertField(admin.api().post("/api/pipelines", Map.of("name", "sales")), 409, "name");
    }

    @Test
    void badPipelinesAndStagesAreRefusedFieldByField() {
        assertField(admin.api().post("/api/pipelines", Map.of("name", " ")), 400, "name");
        assertField(admin.api().post("/api/pipelines", Map.of("name", "Only closed",
                "stages", List.of(Map.of("name", "Won", "probability", 100, "outcome", "WON")))), 400, "stages");
        assertField(admin.api().post("/api/pipelines", Map.of("name", "Twice",
                "stages", List.of(stageInput("A", 10), stageInput("a", 20)))), 400, "stages[1].name");
        String stages = "/api/pipelines/" + pipelineId + "/stages";
        assertField(admin.api().post(stages, stageInput("Demo", 101)), 400, "probability");
        assertField(admin.api().post(stages, stageInput("lead", 5)), 409, "name");
        Map<String, Object> badNext = stageInput("Demo", 30);
        badNext.put("allowedNextStageIds", List.of("0190a0c0-0000-7000-8000-000000000000"));
        assertField(admin.api().post(stages, badNext), 400, "allowedNextStageIds");
        assertThat(admin.api().post(stages, Map.of("name", "Demo", "probability", 30, "requiredFields", List.of("shoeSize"))).status())
                .as("unknown required field").isEqualTo(400);
        assertThat(stageNames(pipelineId)).hasSize(6);
    }

    @Test
    void stagesAreAddedChangedReorderedAndRemoved() {
        String stages = "/api/pipelines/" + pipelineId + "/stages";
        Map<String, Object> demo = stageInput("Demo", 40);
        demo.put("position", 2);
        demo.put("rottingDays", 14);
        demo.put("requiredFields", List.of("contactId"));
        demo.put("allowedNextStageIds", List.of(stage.get("Proposal"), stage.get("Closed Lost")));
        ApiClient.Response added = admin.api().post(stages, demo);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String demoId = added.field("id");
        assertThat(stageNames(pipelineId)).containsExactly("Lead", "Qualified", "Demo", "Proposal", "Negotiation", "Closed Won", "Closed Lost");

        demo.put("name", "Live demo");
        demo.put("version", 0);
        ApiClient.Response changed = admin.api().put(stages + "/" + demoId, demo);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("rottingDays").asInt()).isEqualTo(14);
        assertThat(changed.json().get("allowedNextStageIds")).hasSize(2);

        List<String> reversed = new ArrayList<>();
        admin.api().get(stages).json().get("items").forEach(s -> reversed.add(0, s.get("id").asString()));
        ApiClient.Response reordered = admin.api().put(stages + "/order", Map.of("stageIds", reversed));
        assertThat(reordered.status()).as(reordered.text()).isEqualTo(200);
        assertThat(stageNames(pipelineId)).startsWith("Closed Lost", "Closed Won", "Negotiation");
        assertField(admin.api().put(stages + "/order", Map.of("stageIds", reversed.subList(1, reversed.size()))), 400, "stageIds");

        assertThat(admin.api().delete(stages + "/" + stage.get("Proposal")).status()).isEqualTo(204);
        assertThat(stageNames(pipelineId)).doesNotContain("Proposal");
        assertThat(admin.api().get(stages).json().get("items").findValues("allowedNextStageIds").toString())
                .as("no stage points at the removed one").doesNotContain(stage.get("Proposal"));
    }

    @Test
    void aStageWithDealsIsRemovedOnlyByMovingThemToAStageOfTheSameKind() {
        String dealId = deal("Big one", Map.of("stageId", stage.get("Qualified"))).field("id");
        String qualified = "/api/pipelines/" + pipelineId + "/stages/" + stage.get("Qualified");

        ApiClient.Response refused = admin.api().delete(qualified);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("code")).isEqualTo("STAGE_HAS_DEALS");
        assertField(admin.api().delete(qualified + "?moveDealsTo=" + stage.get("Closed Won")), 400, "moveDealsTo");

        assertThat(admin.api().delete(qualified + "?moveDealsTo=" + stage.get("Lead")).status()).isEqualTo(204);
        ApiClient.Response moved = admin.api().get("/api/deals/" + dealId);
        assertThat(moved.field("stageId")).isEqualTo(stage.get("Lead"));
        assertThat(admin.api().get("/api/deals/" + dealId + "/history").json().get("items").get(0).get("toStageName").asString())
                .isEqualTo("Lead");
    }

    @Test
    void aPipelineWithDealsOrTheLastOneIsNotRemoved() {
        ApiClient.Response last = admin.api().delete("/api/pipelines/" + pipelineId);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.field("code")).isEqualTo("LAST_PIPELINE");

        String other = admin.api().post("/api/pipelines", Map.of("name", "Partners")).field("id");
        String dealId = deal("Partner deal", Map.of("pipelineId", other)).field("id");
        assertThat(admin.api().delete("/api/deals/" + dealId).status()).isEqualTo(204);
        ApiClient.Response busy = admin.api().delete("/api/pipelines/" + other);
        assertThat(busy.status()).as("a deal in the trash counts").isEqualTo(409);
        assertThat(busy.field("code")).isEqualTo("PIPELINE_HAS_DEALS");

        String empty = admin.api().post("/api/pipelines", Map.of("name", "Empty", "isDefault", true)).field("id");
        assertThat(admin.api().delete("/api/pipelines/" + empty).status()).isEqualTo(204);
        assertThat(admin.api().get("/api/pipelines").json().get("items").findValuesAsString("isDefault"))
                .as("another pipeline became the default").containsOnlyOnce("true");
    }

    @Test
    void onlyAdminsChangePipelines() {
        String stages = "/api/pipelines/" + pipelineId + "/stages";
        for (String role : List.of("MANAGER", "SALES_REP", "VIEWER")) {
            ApiClient api = acme.as(role).api();
            assertThat(api.get("/api/pipelines").status()).as(role + " reads").isEqualTo(200);
            assertThat(api.post("/api/pipelines", Map.of("name", "Mine")).status()).as(role).isEqualTo(403);
            assertThat(api.put("/api/pipelines/" + pipelineId, Map.of("name", "Mine", "version", 0)).status()).as(role).isEqualTo(403);
            assertThat(api.post(stages, stageInput("Mine", 5)).status()).as(role).isEqualTo(403);
            assertThat(api.delete(stages + "/" + stage.get("Lead")).status()).as(role).isEqualTo(403);
        }
        assertThat(stageNames(pipelineId)).hasSize(6);
    }

    @Test
    void anotherOrganizationCannotSeeOrChangeAPipeline() {
        Organization globex = anotherOrganization();
        ApiClient intruder = globex.as("ADMIN").api();
        String path = "/api/pipelines/" + pipelineId;

        assertThat(intruder.get(path).status()).isEqualTo(404);
        assertThat(intruder.get(path + "/stages").status()).isEqualTo(404);
        assertThat(intruder.put(path, Map.of("name", "Hacked", "version", 0)).status()).isEqualTo(404);
        assertThat(intruder.delete(path).status()).isEqualTo(404);
        assertThat(intruder.post(path + "/stages", stageInput("Hacked", 1)).status()).isEqualTo(404);
        assertThat(intruder.put(path + "/stages/" + stage.get("Lead"), Map.of("name", "Hacked", "probability", 1, "version", 0)).status())
                .isEqualTo(404);
        assertThat(intruder.delete(path + "/stages/" + stage.get("Lead")).status()).isEqualTo(404);
        assertThat(intruder.get("/api/pipelines").json().get("items")).isEmpty();
        ApiClient.Response crossed = intruder.with("X-Tenant", acme.subdomain()).get(path);
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(crossed.field("code")).isEqualTo("TENANT_MISMATCH");

        assertThat(stageNames(pipelineId)).contains("Lead").doesNotContain("Hacked");
        assertThat(rows("pipelines", "name = 'Hacked'")).isZero();
    }
}
