package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The deal-service in the whole platform: what it hears from the tenant- and contact-service, through the gateway. */
class DealPipelineIT {

    @Test
    void aNewOrganizationSellsThroughTheDefaultPipelineAndDealsKeepDeletedContactsReadable() {
        Platform.Org org = Platform.register("pipeline");
        ApiClient admin = org.admin();
        Platform.eventually(Duration.ofSeconds(20), () -> !admin.get("/api/pipelines").json().path("items").isEmpty(),
                "tenant.created gives the default pipeline");
        JsonNode pipeline = admin.get("/api/pipelines").json().get("items").get(0);
        assertThat(pipeline.get("stages").findValuesAsString("name"))
                .containsExactly("Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost");

        String contactId = admin.post("/api/contacts", Map.of("firstName", "Grace", "lastName", "Hopper")).field("id");
        ApiClient.Response deal = admin.post("/api/deals", Map.of("name", "Compiler", "value", 5000, "contactId", contactId));
        assertThat(deal.status()).as(deal.text()).isEqualTo(201);
        String path = "/api/deals/" + deal.field("id");
        Platform.eventually(Duration.ofSeconds(20), () -> "Grace Hopper".equals(admin.get(path).field("contactName")),
                "contact.created names the deal's contact");

        assertThat(admin.delete("/api/contacts/" + contactId).status()).isEqualTo(204);
        Platform.eventually(Duration.ofSeconds(20), () -> admin.get(path).json().get("contactDeleted").asBoolean(),
                "contact.deleted reaches the deal");
        assertThat(admin.get(path).field("contactName")).isEqualTo("Grace Hopper");

        ApiClient.Response moved = admin.patch(path, Map.of("stageId", pipeline.get("stages").get(1).get("id").asString()));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        String timeline = "/api/activities?dealId=" + deal.field("id");
        Platform.eventually(Duration.ofSeconds(20), () -> admin.get(timeline).json().path("items").size() == 2,
                "the communication-service records the deal's creation and move on its timeline");
        assertThat(admin.get(timeline).json().get("items").findValuesAsString("subject"))
                .containsExactly("Moved from Lead to Qualified", "Deal created");
        assertThat(admin.get("/api/activities?contactId=" + contactId).json().get("items").findValuesAsString("subject"))
                .contains("Contact created", "Deal created");

        ApiClient.Response refused = admin.patch(path, Map.of("stageId", pipeline.get("stages").get(2).get("id").asString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("code")).isEqualTo("STAGE_REQUIREMENTS_MISSING");
        Platform.eventually(Duration.ofSeconds(20), () -> admin.get("/api/tenants/audit?entityType=deal").json().path("items").size() == 2,
                "the deal's creation and move in the audit trail (the refused move left none)");
    }

    @Test
    void aDealCustomFieldDefinedInTheContactServiceChecksEveryDeal() {
        Platform.Org org = Platform.register("dealfields");
        ApiClient admin = org.admin();
        ApiClient.Response defined = admin.post("/api/custom-fields", Map.of("entityType", "deal", "name", "region",
                "kind", "SINGLE_SELECT", "label", "Region", "options", List.of("EMEA", "APAC")));
        assertThat(defined.status()).as(defined.text()).isEqualTo(201);
        Platform.eventually(Duration.ofSeconds(20), () -> !admin.get("/api/pipelines").json().path("items").isEmpty(),
                "tenant.created gives the default pipeline");

        // the definition travels by event: until it arrives, region is not a deal field (400, nothing stored)
        Platform.eventually(Duration.ofSeconds(20),
                () -> admin.post("/api/deals", Map.of("name", "Expansion", "customFields", Map.of("region", "EMEA"))).status() == 201,
                "custom_field.defined reaches the deal-service");
        ApiClient.Response refused = admin.post("/api/deals", Map.of("name", "Moonshot", "customFields", Map.of("region", "Mars")));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("customFields.region");
        JsonNode deals = admin.get("/api/deals").json().get("items");
        assertThat(deals.findValuesAsString("name")).containsExactly("Expansion");
        assertThat(deals.get(0).get("customFields").get("region").asString()).isEqualTo("EMEA");
    }
}
