package dev.crm.deal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a customer is worth on its contact or company page: its deals counted and summed by status and currency. */
class CustomerDealsIT extends DealServiceApiTest {

    private final String parent = UUID.randomUUID().toString();
    private final String subsidiary = UUID.randomUUID().toString();
    private final String contact = UUID.randomUUID().toString();

    @Test
    void aCompanyGroupsOpenAndWonValueAddsUpPerCurrency() {
        deal("Parent license", Map.of("value", 1000, "currency", "EUR", "companyId", parent, "contactId", contact));
        deal("Parent support", Map.of("value", 250.5, "currency", "EUR", "companyId", parent));
        deal("Subsidiary rollout", Map.of("value", 4000, "currency", "USD", "companyId", subsidiary));
        String won = deal("Subsidiary pilot", Map.of("value", 700, "currency", "EUR", "companyId", subsidiary)).field("id");
        assertThat(admin.api().patch("/api/deals/" + won, Map.of("stageId", stage.get("Closed Won"))).status()).isEqualTo(200);
        String lost = deal("Parent lost", Map.of("value", 90, "currency", "EUR", "companyId", parent)).field("id");
        assertThat(admin.api().patch("/api/deals/" + lost, Map.of("stageId", stage.get("Closed Lost"), "lostReason", "Price")).status())
                .isEqualTo(200);
        String deleted = deal("Deleted", Map.of("value", 5, "currency", "EUR", "companyId", parent)).field("id");
        assertThat(admin.api().delete("/api/deals/" + deleted).status()).isEqualTo(204);

        JsonNode group = summary("companyId=" + parent + "&companyId=" + subsidiary);
        assertThat(group.at("/open/count").asLong()).isEqualTo(3);
        assertThat(group.at("/open/value/EUR").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(group.at("/open/value/USD").decimalValue()).isEqualByComparingTo("4000");
        assertThat(group.at("/won/count").asLong()).isEqualTo(1);
        assertThat(group.at("/won/value/EUR").decimalValue()).isEqualByComparingTo("700");
        assertThat(group.at("/lost/count").asLong()).isEqualTo(1);

        JsonNode parentOnly = summary("companyId=" + parent);
        assertThat(parentOnly.at("/open/count").asLong()).isEqualTo(2);
        assertThat(parentOnly.at("/won/count").asLong()).isZero();
        assertThat(parentOnly.at("/won/value").isEmpty()).isTrue();

        JsonNode person = summary("contactId=" + contact);
        assertThat(person.at("/open/count").asLong()).isEqualTo(1);
        assertThat(person.at("/open/value/EUR").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void theQuestionMustNameOneCustomer() {
        for (String query : new String[] {"", "?contactId=" + contact + "&companyId=" + parent, "?companyId=not-a-uuid"}) {
            ApiClient.Response refused = admin.api().get("/api/deals/summary" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        StringBuilder tooMany = new StringBuilder("?companyId=" + UUID.randomUUID());
        for (int i = 0; i < CustomerDeals.MAX_COMPANIES; i++) tooMany.append("&companyId=").append(UUID.randomUUID());
        assertThat(admin.api().get("/api/deals/summary" + tooMany).status()).isEqualTo(400);
    }

    @Test
    void anotherOrganizationSeesNothingOfTheCustomersDeals() {
        deal("Secret", Map.of("value", 1000, "currency", "EUR", "companyId", parent, "contactId", contact));
        Organization globex = anotherOrganization();
        withDefaultPipeline(globex);
        ApiClient intruder = globex.as("ADMIN").api();

        JsonNode seen = intruder.get("/api/deals/summary?companyId=" + parent).json();
        assertThat(seen.at("/open/count").asLong()).isZero();
        assertThat(intruder.get("/api/deals/summary?contactId=" + contact).json().at("/open/count").asLong()).isZero();
        ApiClient.Response crossed = intruder.with("X-Tenant", acme.subdomain()).get("/api/deals/summary?companyId=" + parent);
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(summary("companyId=" + parent).at("/open/count").asLong()).as("acme still sees its own").isEqualTo(1);
    }

    private JsonNode summary(String query) {
        ApiClient.Response r = admin.api().get("/api/deals/summary?" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }
}
