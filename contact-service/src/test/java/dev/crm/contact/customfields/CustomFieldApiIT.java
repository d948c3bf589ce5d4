package dev.crm.contact.customfields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom fields against real PostgreSQL: definitions by admins, values checked on every write, no DDL. */
class CustomFieldApiIT extends ContactServiceApiTest {

    private String define(String entityType, String name, String kind, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("entityType", entityType);
        body.put("name", name);
        body.put("kind", kind);
        body.putIfAbsent("label", name);
        ApiClient.Response r = admin.api().post("/api/custom-fields", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.field("id");
    }

    private ApiClient.Response contactWith(Map<String, Object> customFields) {
        return admin.api().post("/api/contacts", Map.of("firstName", "Ada", "customFields", customFields));
    }

    private long contactColumns() {
        return jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ? and table_name = 'contacts'",
                Long.class, acme.schema());
    }

    @Test
    void everyKindTakesItsValuesAndRefusesOthersNamingTheField() {
        long columns = contactColumns();
        define("contact", "nickname", "TEXT", Map.of());
        define("contact", "bio", "LONG_TEXT", Map.of());
        define("contact", "score", "NUMBER", Map.of());
        define("contact", "budget", "CURRENCY", Map.of("currency", "EUR"));
        define("contact", "birthday", "DATE", Map.of());
        define("contact", "newsletter", "BOOLEAN", Map.of());
        define("contact", "tier", "SINGLE_SELECT", Map.of("options", List.of("gold", "silver")));
        define("contact", "interests", "MULTI_SELECT", Map.of("options", List.of("ai", "crm", "data")));
        define("contact", "homepage", "URL", Map.of());
        define("contact", "workEmail", "EMAIL", Map.of());
        define("contact", "mobile", "PHONE", Map.of());
        assertThat(contactColumns()).as("no DDL").isEqualTo(columns);

        Map<String, Object> good = new HashMap<>();
        good.put("nickname", "Countess");
        good.put("bio", "Wrote the first program.");
        good.put("score", 97.5);
        good.put("budget", 12000);
        good.put("birthday", "1815-12-10");
        good.put("newsletter", true);
        good.put("tier", "gold");
        good.put("interests", List.of("ai", "data"));
        good.put("homepage", "https://example.org/ada");
        good.put("workEmail", "ada@example.org");
        good.put("mobile", "+44 20 7946 0958");
        ApiClient.Response created = contactWith(good);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("customFields").get("interests").toString()).isEqualTo("[\"ai\",\"data\"]");
        assertThat(admin.api().get("/api/contacts/" + created.field("id")).json().get("customFields"))
                .isEqualTo(created.json().get("customFields"));

        Map<String, Object> bad = Map.of("nickname", 42, "score", "high", "birthday", "10/12/1815", "newsletter", "yes",
                "tier", "platinum", "interests", List.of("ai", "ai"), "homepage", "javascript:alert(1)", "workEmail", "nope",
                "mobile", "call me", "shoeSize", 38);
        ApiClient.Response refused = contactWith(bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "customFields.nickname", "customFields.score", "customFields.birthday", "customFields.newsletter",
                "customFields.tier", "customFields.interests", "customFields.homepage", "customFields.workEmail",
                "customFields.mobile", "customFields.shoeSize");
        assertThat(rows("contacts", "true")).isEqualTo(1);
    }

    @Test
    void defaultsRequiredFieldsAndClearing() {
        define("contact", "source", "SINGLE_SELECT", Map.of("options", List.of("web", "event"), "defaultValue", "web"));
        define("contact", "region", "TEXT", Map.of("required", true));

        ApiClient.Response missing = contactWith(Map.of());
        assertField(missing, 400, "customFields.region");

        ApiClient.Response created = contactWith(Map.of("region", "EMEA"));
        assertThat(created.json().get("customFields").get("source").asString()).as("default applied").isEqualTo("web");
        String path = "/api/contacts/" + created.field("id");

        Map<String, Object> clearSource = new HashMap<>();
        clearSource.put("source", null);
        ApiClient.Response cleared = admin.api().patch(path, Map.of("customFields", clearSource));
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.json().get("customFields").has("source")).isFalse();
        assertThat(cleared.json().get("customFields").get("region").asString()).as("merge patch keeps the rest").isEqualTo("EMEA");

        Map<String, Object> clearRegion = new HashMap<>();
        clearRegion.put("region", null);
        assertField(admin.api().patch(path, Map.of("customFields", clearRegion)), 400, "customFields.region");
    }

    @Test
    void definitionsAreCheckedAndOnlyAdminsChangeThem() {
        ApiClient api = admin.api();
        assertField(api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "Bad Name", "kind", "TEXT", "label", "x")), 400, "name");
        assertField(api.post("/api/custom-fields", Map.of("entityType", "lead", "name", "x", "kind", "TEXT", "label", "x")), 400, "entityType");
        assertThat(api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "x", "kind", "COLOUR", "label", "x")).status()).isEqualTo(400);
        assertField(api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "tier", "kind", "SINGLE_SELECT", "label", "Tier")), 400, "options");
        assertField(api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "x", "kind", "TEXT", "label", "x", "options", List.of("a"))), 400, "options");
        assertField(api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "n", "kind", "NUMBER", "label", "N", "defaultValue", "ten")), 400, "defaultValue");
        assertField(api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "n", "kind", "NUMBER")), 400, "label");

        String id = define("contact", "tier", "SINGLE_SELECT", Map.of("options", List.of("gold")));
        ApiClient.Response twin = api.post("/api/custom-fields", Map.of("entityType", "contact", "name", "tier", "kind", "TEXT", "label", "Tier"));
        assertField(twin, 409, "name");
        assertThat(define("company", "tier", "TEXT", Map.of())).as("same name on another entity type").isNotBlank();

        for (String role : List.of("MANAGER", "SALES_REP", "VIEWER")) {
            ApiClient member = acme.as(role).api();
            assertThat(member.get("/api/custom-fields?entityType=contact").json().findValuesAsString("name")).as(role).containsExactly("tier");
            assertThat(member.post("/api/custom-fields", Map.of("entityType", "contact", "name", "x", "kind", "TEXT", "label", "x")).status()).as(role).isEqualTo(403);
            assertThat(member.patch("/api/custom-fields/" + id, Map.of("label", "Hacked")).status()).as(role).isEqualTo(403);
            assertThat(member.delete("/api/custom-fields/" + id).status()).as(role).isEqualTo(403);
        }
        ApiClient.Response relabelled = api.patch("/api/custom-fields/" + id, Map.of("label", "Customer tier", "options", List.of("gold", "silver")));
        assertThat(relabelled.status()).as(relabelled.text()).isEqualTo(200);
        assertThat(relabelled.field("label")).isEqualTo("Customer tier");
        assertThat(api.patch("/api/custom-fields/" + id, Map.of("kind", "TEXT")).status()).as("the kind is fixed").isEqualTo(400);
    }

    @Test
    void removingAFieldRemovesItsValuesWithoutDdl() {
        long columns = contactColumns();
        String id = define("contact", "nickname", "TEXT", Map.of());
        String contact = contactWith(Map.of("nickname", "Countess")).field("id");

        assertThat(admin.api().delete("/api/custom-fields/" + id).status()).isEqualTo(204);
        assertThat(admin.api().get("/api/contacts/" + contact).json().get("customFields").has("nickname")).isFalse();
        assertField(contactWith(Map.of("nickname", "Again")), 400, "customFields.nickname");
        define("contact", "nickname", "TEXT", Map.of());
        assertThat(admin.api().get("/api/contacts/" + contact).json().get("customFields").has("nickname")).as("starts empty").isFalse();
        assertThat(contactColumns()).isEqualTo(columns);
    }

    @Test
    void companiesHaveTheirOwnFields() {
        define("company", "employees", "NUMBER", Map.of());
        ApiClient.Response company = admin.api().post("/api/companies", Map.of("name", "Acme", "customFields", Map.of("employees", 250)));
        assertThat(company.status()).as(company.text()).isEqualTo(201);
        assertField(admin.api().post("/api/companies", Map.of("name", "Bad", "customFields", Map.of("employees", "many"))), 400, "customFields.employees");
        assertField(contactWith(Map.of("employees", 3)), 400, "customFields.employees");
    }

    @Test
    void anotherOrganizationHasItsOwnFieldsAndCannotTouchThese() {
        String id = define("contact", "tier", "SINGLE_SELECT", Map.of("options", List.of("gold")));
        ApiClient intruder = anotherOrganization().as("ADMIN").api();

        assertThat(intruder.get("/api/custom-fields").json()).isEmpty();
        assertThat(intruder.get("/api/custom-fields/" + id).status()).isEqualTo(404);
        assertThat(intruder.patch("/api/custom-fields/" + id, Map.of("label", "Hacked")).status()).isEqualTo(404);
        assertThat(intruder.delete("/api/custom-fields/" + id).status()).isEqualTo(404);
        assertField(intruder.post("/api/contacts", Map.of("firstName", "Spy", "customFields", Map.of("tier", "gold"))), 400, "customFields.tier");
        assertThat(admin.api().get("/api/custom-fields/" + id).field("label")).isEqualTo("tier");
    }

    @Test
    void everyDefinitionChangeIsPublishedForTheServicesHoldingValues() {
        String id = define("deal", "region", "SINGLE_SELECT", Map.of("label", "Region", "options", List.of("EMEA")));
        ApiClient.Response changed = admin.api().patch("/api/custom-fields/" + id, Map.of("options", List.of("EMEA", "APAC"), "required", true));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(admin.api().delete("/api/custom-fields/" + id).status()).isEqualTo(204);
        String contactField = define("contact", "nickname", "TEXT", Map.of());

        assertThat(outboxSubjects("fieldId", id)).containsExactly(
                "crm.events.custom_field.defined", "crm.events.audit.recorded",
                "crm.events.custom_field.defined", "crm.events.audit.recorded",
                "crm.events.custom_field.removed", "crm.events.audit.recorded");
        List<String> definitions = jdbc.queryForList("""
                select payload->>'data' from public.event_outbox
                where payload->>'tenant_id' = ? and payload->'data'->>'fieldId' = ? order by id""", String.class, acme.id().toString(), id);
        assertThat(definitions.get(1)).contains("\"entityType\": \"deal\"", "\"name\": \"region\"", "\"kind\": \"SINGLE_SELECT\"",
                "\"label\": \"Region\"", "\"required\": true", "\"options\": [\"EMEA\", \"APAC\"]");
        assertThat(jdbc.queryForList("select subject from public.event_outbox where payload->'data'->>'fieldId' = ?", String.class, contactField))
                .as("every entity type").containsExactly("crm.events.custom_field.defined");
    }
}
