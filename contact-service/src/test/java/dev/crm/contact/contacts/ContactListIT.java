package dev.crm.contact.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contact list's filters and sorts against real PostgreSQL: what a user narrowing and ordering the list sees. */
class ContactListIT extends ContactServiceApiTest {

    private void field(String name, String kind, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.putAll(Map.of("entityType", "contact", "name", name, "label", name, "kind", kind));
        ApiClient.Response r = admin.api().post("/api/custom-fields", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    private List<String> firstNames(String query) {
        ApiClient.Response r = admin.api().get("/api/contacts?" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().get("items").forEach(c -> names.add(c.get("firstName").asString()));
        return names;
    }

    /** Every page of a sorted list, following the cursors. */
    private List<String> allFirstNames(String query) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response r = admin.api().get("/api/contacts?limit=2&" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            r.json().get("items").forEach(c -> names.add(c.get("firstName").asString()));
            cursor = r.json().get("nextCursor").isNull() ? null : r.json().get("nextCursor").asString();
        } while (cursor != null);
        return names;
    }

    @Test
    void filtersByTagsIgnoringCaseAndRequiringEveryTag() {
        contact("Ada", "A", Map.of("tags", List.of("VIP", "Berlin")));
        contact("Bea", "B", Map.of("tags", List.of("vip")));
        contact("Cid", "C", Map.of("tags", List.of("berlin")));
        assertThat(firstNames("tag=vip")).containsExactlyInAnyOrder("Ada", "Bea");
        assertThat(firstNames("tag=Vip&tag=BERLIN")).containsExactly("Ada");
        assertThat(firstNames("tag=paris")).isEmpty();
    }

    @Test
    void filtersByWhenContactsWereCreatedAndChanged() throws Exception {
        contact("Old", "One", Map.of());
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        String recent = contact("New", "One", Map.of());
        assertThat(firstNames("createdAfter=" + between)).containsExactly("New");
        assertThat(firstNames("createdBefore=" + between)).containsExactly("Old");
        assertThat(firstNames("createdAfter=2000-01-01&createdBefore=2000-01-02")).isEmpty();
        Thread.sleep(20);
        Instant beforeEdit = Instant.now();
        admin.api().patch("/api/contacts/" + recent, Map.of("title", "CTO"));
        assertThat(firstNames("updatedAfter=" + beforeEdit)).containsExactly("New");
        assertField(admin.api().get("/api/contacts?createdAfter=yesterday"), 400, "createdAfter");
    }

    @Test
    void filtersOnCustomFieldsByKind() {
        field("budget", "NUMBER", Map.of());
        field("renewal", "DATE", Map.of());
        field("partner", "BOOLEAN", Map.of());
        field("region", "SINGLE_SELECT", Map.of("options", List.of("EMEA", "APAC")));
        field("products", "MULTI_SELECT", Map.of("options", List.of("Core", "Cloud", "Support")));
        contact("Ada", "A", Map.of("customFields", Map.of("budget", 5000, "renewal", "2027-01-15", "partner", true,
                "region", "EMEA", "products", List.of("Core", "Cloud"))));
        contact("Bea", "B", Map.of("customFields", Map.of("budget", 12000.5, "renewal", "2027-06-01", "partner", false,
                "region", "APAC", "products", List.of("Support"))));
        contact("Cid", "C", Map.of());

        assertThat(firstNames("cf.region=EMEA")).containsExactly("Ada");
        assertThat(firstNames("cf.partner=false")).containsExactly("Bea");
        assertThat(firstNames("cf.products=Cloud")).containsExactly("Ada");
        assertThat(firstNames("cf.budget=5000")).containsExactly("Ada");
        assertThat(firstNames("cf.budget.min=6000")).containsExactly("Bea");
        assertThat(firstNames("cf.budget.min=1000&cf.budget.max=20000")).containsExactlyInAnyOrder("Ada", "Bea");
        assertThat(firstNames("cf.renewal.max=2027-03-01")).containsExactly("Ada");

        assertField(admin.api().get("/api/contacts?cf.nosuch=1"), 400, "cf.nosuch");
        assertField(admin.api().get("/api/contacts?cf.budget=lots"), 400, "cf.budget");
        assertField(admin.api().get("/api/contacts?cf.partner=yes"), 400, "cf.partner");
        assertField(admin.api().get("/api/contacts?cf.region.min=A"), 400, "cf.region.min");
        assertField(admin.api().get("/api/contacts?cf.renewal.max=soon"), 400, "cf.renewal.max");
    }

    @Test
    void sortsOnWhitelistedFieldsWithEmptyValuesLastGoingUp() {
        contact("Cid", "Young", Map.of());
        contact("Ada", "adams", Map.of());
        contact("Bea", null, Map.of());
        contact("Dan", "Baker", Map.of());
        contact("Eve", "Baker", Map.of());
        List<String> up = allFirstNames("sort=lastName");
        assertThat(up).containsExactly("Ada", "Dan", "Eve", "Cid", "Bea");
        List<String> down = allFirstNames("sort=-lastName");
        assertThat(down).containsExactly("Bea", "Cid", "Eve", "Dan", "Ada");
        assertThat(allFirstNames("sort=firstName")).containsExactly("Ada", "Bea", "Cid", "Dan", "Eve");
        assertThat(allFirstNames("sort=createdAt")).containsExactly("Cid", "Ada", "Bea", "Dan", "Eve");
        assertThat(allFirstNames("")).as("newest first by default").containsExactly("Eve", "Dan", "Bea", "Ada", "Cid");
    }

    @Test
    void sortsOnCustomFieldsAndWithASearch() {
        field("score", "NUMBER", Map.of());
        contact("Ada", "Smith", Map.of("customFields", Map.of("score", 10)));
        contact("Bea", "Smithers", Map.of("customFields", Map.of("score", 2)));
        contact("Cid", "Smith", Map.of());
        contact("Dan", "Jones", Map.of("customFields", Map.of("score", 5)));
        assertThat(allFirstNames("sort=-cf.score")).containsExactly("Cid", "Ada", "Dan", "Bea");
        assertThat(allFirstNames("sort=cf.score")).containsExactly("Bea", "Dan", "Ada", "Cid");
        assertThat(allFirstNames("q=smith&sort=firstName")).as("q filters by prefix, the sort orders").containsExactly("Ada", "Bea", "Cid");
    }

    @Test
    void refusesSortsOutsideTheWhitelistAndCursorsOfAnotherOrder() {
        assertField(admin.api().get("/api/contacts?sort=notes"), 400, "sort");
        assertField(admin.api().get("/api/contacts?sort=id%3Bdrop%20table%20contacts"), 400, "sort");
        assertField(admin.api().get("/api/contacts?sort=cf.nosuch"), 400, "sort");
        for (int i = 0; i < 3; i++) contact("Ada" + i, "Lovelace", Map.of());
        String cursor = admin.api().get("/api/contacts?limit=1&sort=lastName").json().get("nextCursor").asString();
        assertField(admin.api().get("/api/contacts?limit=1&sort=-updatedAt&cursor=" + cursor), 400, "cursor");
        assertThat(rows("contacts", "true")).isEqualTo(3);
    }

    @Test
    void anotherOrganizationsFiltersSeeNothingOfThisOne() {
        field("budget", "NUMBER", Map.of());
        contact("Ada", "A", Map.of("tags", List.of("vip"), "customFields", Map.of("budget", 5)));
        ApiClient intruder = anotherOrganization().as("ADMIN").api();
        assertThat(intruder.get("/api/contacts?tag=vip").json().get("items")).isEmpty();
        assertThat(intruder.get("/api/contacts?sort=lastName").json().get("items")).isEmpty();
        assertField(intruder.get("/api/contacts?cf.budget=5"), 400, "cf.budget");
    }
}
