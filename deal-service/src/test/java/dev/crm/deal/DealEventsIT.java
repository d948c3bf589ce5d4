package dev.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.contracts.CompanyChanged;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.TenantCreated;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events the deal-service hears, through the outbox, JetStream and its durable consumers. */
class DealEventsIT extends DealServiceApiTest {

    @Test
    void aNewOrganizationGetsTheDefaultPipelineFromTenantCreated() {
        Organization globex = anotherOrganization();
        ApiClient api = globex.as("ADMIN").api();
        assertThat(api.get("/api/pipelines").json().get("items")).isEmpty();

        publish(globex, EventType.TENANT_CREATED, new TenantCreated(globex.id(), globex.subdomain(), "Globex", "FREE", null, null));

        eventually("the default pipeline", () -> !api.get("/api/pipelines").json().get("items").isEmpty());
        assertThat(api.get("/api/pipelines").json().get("items").get(0).get("stages").findValuesAsString("name"))
                .containsExactly("Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost");
    }

    @Test
    void aDealKeepsShowingItsContactAndCompanyAfterTheyAreDeleted() {
        UUID contactId = UUID.randomUUID();
        UUID companyId = UUID.randomUUID();
        String path = "/api/deals/" + deal("Linked", Map.of("contactId", contactId.toString(), "companyId", companyId.toString())).field("id");
        ContactChanged ada = new ContactChanged(contactId, "Ada", "Lovelace", "ada@example.com", companyId, admin.id());
        CompanyChanged engines = new CompanyChanged(companyId, "Analytical Engines", "engines.example", null, admin.id());

        publish(acme, EventType.CONTACT_CREATED, ada);
        publish(acme, EventType.COMPANY_CREATED, engines);
        eventually("the names", () -> "Ada Lovelace".equals(admin.api().get(path).field("contactName"))
                && "Analytical Engines".equals(admin.api().get(path).field("companyName")));

        publish(acme, EventType.CONTACT_DELETED, ada);
        publish(acme, EventType.COMPANY_DELETED, engines);
        eventually("deleted", () -> admin.api().get(path).json().get("contactDeleted").asBoolean()
                && admin.api().get(path).json().get("companyDeleted").asBoolean());
        ApiClient.Response deal = admin.api().get(path);
        assertThat(deal.field("contactName")).as("still readable").isEqualTo("Ada Lovelace");
        assertThat(deal.field("contactId")).isEqualTo(contactId.toString());

        publish(acme, EventType.CONTACT_RESTORED, ada);
        eventually("restored", () -> !admin.api().get(path).json().get("contactDeleted").asBoolean());
    }
}
