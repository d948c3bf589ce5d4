package dev.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.deal.pipelines.PipelineService;
import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.ServiceApiTest;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The deal-service on a random port against real PostgreSQL and NATS (see {@link ServiceApiTest}); the
 * organization starts with the default pipeline, as {@code tenant.created} gives it (DefaultPipelineIT
 * proves that path; here it is made directly, without waiting for the event).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    ServiceApiTest.OWN_CONSUMERS
})
@Import(ServiceApiTest.Tokens.class)
public abstract class DealServiceApiTest extends ServiceApiTest {

    @Autowired
    protected PipelineService pipelineService;

    /** The default pipeline's stage ids by name: Lead, Qualified, Proposal, Negotiation, Closed Won, Closed Lost. */
    protected Map<String, String> stage;
    protected String pipelineId;

    @BeforeEach
    void theDefaultPipeline() {
        withDefaultPipeline(acme);
        JsonNode pipeline = admin.api().get("/api/pipelines").json().get("items").get(0);
        pipelineId = pipeline.get("id").asString();
        stage = stagesByName(pipeline);
    }

    protected void withDefaultPipeline(Organization organization) {
        TenantContext.runAs(new CurrentTenant(organization.id(), organization.subdomain(), organization.schema()),
                pipelineService::createDefaultIfNone);
    }

    protected static Map<String, String> stagesByName(JsonNode pipeline) {
        Map<String, String> ids = new HashMap<>();
        pipeline.get("stages").forEach(s -> ids.put(s.get("name").asString(), s.get("id").asString()));
        return ids;
    }

    /** The default pipeline's Lead stage lets deals move only to the stages named. */
    protected void leadMayMoveOnlyTo(String... stageNames) {
        String lead = "/api/pipelines/" + pipelineId + "/stages/" + stage.get("Lead");
        Map<String, Object> rules = new HashMap<>(Map.of("name", "Lead", "probability", 10, "version", 0,
                "allowedNextStageIds", Arrays.stream(stageNames).map(stage::get).toList()));
        ApiClient.Response changed = admin.api().put(lead, rules);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    }

    /** A deal created by the admin through the API (more fields from {@code more}); its response. */
    protected ApiClient.Response deal(String name, Map<String, Object> more) {
        return deal(admin.api(), name, more);
    }

    protected static ApiClient.Response deal(ApiClient api, String name, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("name", name);
        ApiClient.Response r = api.post("/api/deals", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r;
    }
}
