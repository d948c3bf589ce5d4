package dev.crm.deal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/deals?q=}: part of a deal's name, ignoring case and accents, newest first, a page at a time, per organization. */
class DealSearchIT extends DealServiceApiTest {

    @Test
    void findsANameWithoutItsAccentsAndCase() {
        String zoe = deal("Zoë Bäckerei renewal", Map.of()).field("id");
        deal("Northwind pilot", Map.of());

        assertThat(ids("/api/deals?q=zoe")).containsExactly(zoe);
        assertThat(ids("/api/deals?q=BACKEREI%20REN")).containsExactly(zoe);
        assertThat(ids("/api/deals?q=z%C3%B6e")).as("accents typed are folded too").containsExactly(zoe);
        assertThat(ids("/api/deals?q=%25%25")).as("a wildcard is a character").isEmpty();
    }

    @Test
    void searchCombinesWithFiltersAndPagesWithACursor() {
        String first = deal("Acme seat 1", Map.of()).field("id");
        String second = deal("Acme seat 2", Map.of("stageId", stage.get("Qualified"))).field("id");
        String third = deal("Acme seat 3", Map.of()).field("id");
        deal("Globex seat", Map.of());

        JsonNode page1 = admin.api().get("/api/deals?q=acme&limit=2").json();
        assertThat(page1.get("items").findValuesAsString("id")).containsExactly(third, second);
        JsonNode page2 = admin.api().get("/api/deals?q=acme&limit=2&cursor=" + page1.get("nextCursor").asString()).json();
        assertThat(page2.get("items").findValuesAsString("id")).containsExactly(first);
        assertThat(page2.get("nextCursor").isNull()).isTrue();
        assertThat(ids("/api/deals?q=acme&stageId=" + stage.get("Qualified"))).containsExactly(second);
    }

    @Test
    void aQueryTooShortOrTooLongIsRefused() {
        for (String q : new String[] {"a", "x".repeat(DealSearch.MAX_LENGTH + 1)}) {
            ApiClient.Response refused = admin.api().get("/api/deals?q=" + q);
            assertThat(refused.status()).as(q).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("q");
        }
    }

    @Test
    void anotherOrganizationFindsNothingOfOurs() {
        deal("Zoë secret deal", Map.of());
        Organization globex = anotherOrganization();
        withDefaultPipeline(globex);
        ApiClient intruder = globex.as("ADMIN").api();

        assertThat(intruder.get("/api/deals?q=zoe").json().get("items")).isEmpty();
        ApiClient.Response crossed = intruder.with("X-Tenant", acme.subdomain()).get("/api/deals?q=zoe");
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(ids("/api/deals?q=zoe")).as("acme still finds its own").hasSize(1);
    }

    private java.util.List<String> ids(String path) {
        ApiClient.Response r = admin.api().get(path);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("items").findValuesAsString("id");
    }
}
