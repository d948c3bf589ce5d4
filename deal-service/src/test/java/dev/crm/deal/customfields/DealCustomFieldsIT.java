package dev.crm.deal.customfields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.customfields.FieldKind;
import dev.crm.common.events.contracts.CustomFieldChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Organization;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Deal custom fields: definitions arrive from the contact-service's events (published here through the
 * service's own outbox, as the contact-service would) and every deal write is checked against them.
 */
class DealCustomFieldsIT extends DealServiceApiTest {

    /**
     * Milliseconds once running; a consumer made for the first time on a long stream (a machine that ran
     * the benchmarks) first scans the whole stream for its subject, which took 45 s here once.
     */
    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    @Autowired
    DealCustomFields replica;

    private static CustomFieldChanged field(UUID id, String entityType, String name, FieldKind kind, boolean required,
                                            String defaultValueJson, List<String> options) {
        return new CustomFieldChanged(id, entityType, name, kind, name, required, defaultValueJson, options, null, 0);
    }

    private static CustomFieldChanged dealField(String name, FieldKind kind, List<String> options) {
        return field(UUID.randomUUID(), "deal", name, kind, false, null, options);
    }

    /** Publishes {@code field} as defined for {@code organization} and waits until the deal-service holds it as sent. */
    private void define(Organization organization, CustomFieldChanged field) {
        publish(organization, EventType.CUSTOM_FIELD_DEFINED, field);
        eventually(field.name() + " defined", ARRIVAL, () -> holds(organization, field));
    }

    private void remove(Organization organization, CustomFieldChanged field) {
        publish(organization, EventType.CUSTOM_FIELD_REMOVED, field);
        eventually(field.name() + " removed", ARRIVAL, () -> jdbc.queryForObject("select count(*) from " + organization.schema()
                + ".deal_custom_fields where id = ? and removed", Long.class, field.fieldId()) == 1);
    }

    private boolean holds(Organization organization, CustomFieldChanged field) {
        return jdbc.queryForObject("select count(*) from " + organization.schema() + ".deal_custom_fields"
                        + " where id = ? and not removed and required = ? and options = cast(? as text[])", Long.class,
                field.fieldId(), field.required(), field.options().toArray(String[]::new)) == 1;
    }

    private ApiClient.Response dealWith(ApiClient api, Map<String, Object> customFields) {
        return api.post("/api/deals", Map.of("name", "Deal", "customFields", customFields));
    }

    private JsonNode customFieldsOf(String dealId) {
        return admin.api().get("/api/deals/" + dealId).json().get("customFields");
    }

    private static Map<String, Object> nulled(String name) {
        Map<String, Object> values = new HashMap<>();
        values.put(name, null);
        return values;
    }

    @Test
    void aDealTakesValuesOfItsFieldsGetsDefaultsAndRefusesTheRestNamingTheField() {
        define(acme, dealField("region", FieldKind.SINGLE_SELECT, List.of("EMEA", "APAC")));
        define(acme, field(UUID.randomUUID(), "deal", "source", FieldKind.TEXT, false, "\"web\"", List.of()));
        define(acme, field(UUID.randomUUID(), "deal", "seats", FieldKind.NUMBER, true, null, List.of()));

        ApiClient.Response created = dealWith(admin.api(), Map.of("region", "EMEA", "seats", 12));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode values = created.json().get("customFields");
        assertThat(values.get("region").asString()).isEqualTo("EMEA");
        assertThat(values.get("seats").asInt()).isEqualTo(12);
        assertThat(values.get("source").asString()).as("the default").isEqualTo("web");
        String path = "/api/deals/" + created.field("id");
        assertThat(admin.api().get(path).json().get("customFields")).isEqualTo(values);

        ApiClient.Response refused = dealWith(admin.api(), Map.of("region", "Mars", "seats", "many", "colour", "red"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("customFields.region", "customFields.seats", "customFields.colour");
        assertField(dealWith(admin.api(), Map.of("region", "EMEA")), 400, "customFields.seats");
        assertThat(rows("deals", "true")).as("nothing stored on refusal").isEqualTo(1);

        ApiClient.Response patched = admin.api().patch(path, Map.of("customFields", Map.of("region", "APAC")));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.json().get("customFields").get("region").asString()).isEqualTo("APAC");
        assertThat(patched.json().get("customFields").get("seats").asInt()).as("merge patch keeps the rest").isEqualTo(12);
        ApiClient.Response cleared = admin.api().patch(path, Map.of("customFields", nulled("source")));
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.json().get("customFields").has("source")).as("null clears; no default on a change").isFalse();
        assertField(admin.api().patch(path, Map.of("customFields", nulled("seats"))), 400, "customFields.seats");
        assertField(admin.api().patch(path, Map.of("customFields", Map.of("region", "Mars"))), 400, "customFields.region");
        assertField(admin.api().put(path, Map.of("name", "Deal", "version", cleared.json().get("version").asLong(),
                "customFields", Map.of("seats", 3, "region", 1))), 400, "customFields.region");
        assertThat(admin.api().get(path).json().get("customFields")).as("unchanged by the refusals")
                .isEqualTo(cleared.json().get("customFields"));
    }

    @Test
    void aChangedDefinitionAppliesToTheNextWrite() {
        CustomFieldChanged region = dealField("region", FieldKind.SINGLE_SELECT, List.of("EMEA"));
        define(acme, region);
        assertField(dealWith(admin.api(), Map.of("region", "APAC")), 400, "customFields.region");

        define(acme, field(region.fieldId(), "deal", "region", FieldKind.SINGLE_SELECT, false, null, List.of("EMEA", "APAC")));

        ApiClient.Response created = dealWith(admin.api(), Map.of("region", "APAC"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void aFieldMadeRequiredLaterIsAskedForWhenTheFieldsAreEditedNotWhenTheDealMoves() {
        CustomFieldChanged seats = dealField("seats", FieldKind.NUMBER, List.of());
        define(acme, seats);
        define(acme, dealField("region", FieldKind.TEXT, List.of()));
        ApiClient.Response created = dealWith(admin.api(), Map.of());
        String path = "/api/deals/" + created.field("id");
        define(acme, field(seats.fieldId(), "deal", "seats", FieldKind.NUMBER, true, null, List.of()));

        String qualified = jdbc.queryForObject("select id from " + acme.schema() + ".stages where name = 'Qualified'", String.class);
        ApiClient.Response moved = admin.api().patch(path, Map.of("stageId", qualified));
        assertThat(moved.status()).as("its stage asks for nothing: " + moved.text()).isEqualTo(200);
        assertThat(moved.json().get("customFields").has("seats")).isFalse();

        assertField(admin.api().patch(path, Map.of("customFields", Map.of("region", "EMEA"))), 400, "customFields.seats");
        ApiClient.Response filled = admin.api().patch(path, Map.of("customFields", Map.of("seats", 5)));
        assertThat(filled.status()).as(filled.text()).isEqualTo(200);
    }

    @Test
    void aRemovedDefinitionTakesItsValuesFromEveryDealAndAFieldAddedAgainStartsEmpty() {
        CustomFieldChanged nickname = dealField("nickname", FieldKind.TEXT, List.of());
        CustomFieldChanged region = dealField("region", FieldKind.TEXT, List.of());
        define(acme, nickname);
        define(acme, region);
        String first = dealWith(admin.api(), Map.of("nickname", "Whale", "region", "EMEA")).field("id");
        String second = dealWith(admin.api(), Map.of("nickname", "Minnow")).field("id");
        assertThat(admin.api().delete("/api/deals/" + second).status()).isEqualTo(204);

        remove(acme, nickname);

        assertThat(customFieldsOf(first).has("nickname")).isFalse();
        assertThat(customFieldsOf(first).get("region").asString()).isEqualTo("EMEA");
        assertThat(rows("deals", "jsonb_exists(custom_fields, 'nickname')")).as("trashed deals too").isZero();
        assertField(dealWith(admin.api(), Map.of("nickname", "Again")), 400, "customFields.nickname");

        define(acme, dealField("nickname", FieldKind.TEXT, List.of()));
        assertThat(customFieldsOf(first).has("nickname")).as("starts empty").isFalse();
        assertThat(dealWith(admin.api(), Map.of("nickname", "Again")).status()).isEqualTo(201);
    }

    @Test
    void fieldsOfContactsAndCompaniesAreNotDealFields() {
        CustomFieldChanged region = dealField("region", FieldKind.TEXT, List.of());
        define(acme, region);
        String deal = dealWith(admin.api(), Map.of("region", "EMEA")).field("id");

        publish(acme, EventType.CUSTOM_FIELD_DEFINED, field(UUID.randomUUID(), "contact", "nickname", FieldKind.TEXT, false, null, List.of()));
        publish(acme, EventType.CUSTOM_FIELD_DEFINED, field(UUID.randomUUID(), "company", "employees", FieldKind.NUMBER, true, null, List.of()));
        publish(acme, EventType.CUSTOM_FIELD_REMOVED, field(UUID.randomUUID(), "contact", "region", FieldKind.TEXT, false, null, List.of()));
        // each event type has one consumer taking events in order: once these are in, the ones before are handled
        define(acme, dealField("marker", FieldKind.TEXT, List.of()));
        remove(acme, dealField("gone", FieldKind.TEXT, List.of()));

        assertThat(rows("deal_custom_fields", "name in ('nickname', 'employees')")).isZero();
        assertField(dealWith(admin.api(), Map.of("nickname", "Ada")), 400, "customFields.nickname");
        assertThat(dealWith(admin.api(), Map.of()).status()).as("a required company field is not required here").isEqualTo(201);
        assertThat(customFieldsOf(deal).get("region").asString())
                .as("a contact field's removal keeps the deal field of the same name").isEqualTo("EMEA");
    }

    @Test
    void anotherOrganizationsDefinitionsNeverApply() {
        Organization globex = anotherOrganization();
        withDefaultPipeline(globex);
        ApiClient globexAdmin = globex.as("ADMIN").api();
        define(acme, dealField("region", FieldKind.TEXT, List.of()));
        String deal = dealWith(admin.api(), Map.of("region", "EMEA")).field("id");

        CustomFieldChanged secret = dealField("secret", FieldKind.TEXT, List.of());
        define(globex, secret);
        define(globex, field(UUID.randomUUID(), "deal", "mandatory", FieldKind.TEXT, true, null, List.of()));
        CustomFieldChanged theirRegion = dealField("region", FieldKind.TEXT, List.of());
        define(globex, theirRegion);
        remove(globex, theirRegion);

        assertThat(dealWith(globexAdmin, Map.of("secret", "x", "mandatory", "y")).status()).isEqualTo(201);
        assertField(dealWith(admin.api(), Map.of("secret", "x")), 400, "customFields.secret");
        assertThat(dealWith(admin.api(), Map.of()).status()).as("their required field is not ours").isEqualTo(201);
        assertThat(customFieldsOf(deal).get("region").asString())
                .as("their removal keeps our values").isEqualTo("EMEA");
    }

    @Test
    void newestEventWinsAndARemovalIsFinal() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        heard(() -> replica.defined(field(id, "deal", "tier", FieldKind.SINGLE_SELECT, false, null, List.of("gold", "silver")), now));
        heard(() -> replica.defined(field(id, "deal", "tier", FieldKind.SINGLE_SELECT, false, null, List.of("gold")), now.minusSeconds(1)));
        assertThat(optionsOf("tier")).as("an older definition arriving late").containsExactly("gold", "silver");

        String deal = dealWith(admin.api(), Map.of("tier", "silver")).field("id");
        UUID successor = UUID.randomUUID();
        heard(() -> replica.defined(field(successor, "deal", "tier", FieldKind.TEXT, false, null, List.of()), now.plusSeconds(2)));
        assertThat(customFieldsOf(deal).has("tier"))
                .as("a new field under the name: the old one is gone, with its values").isFalse();
        heard(() -> replica.removed(field(id, "deal", "tier", FieldKind.SINGLE_SELECT, false, null, List.of("gold")), now.plusSeconds(1)));
        heard(() -> replica.defined(field(id, "deal", "tier", FieldKind.SINGLE_SELECT, false, null, List.of("gold")), now.plusSeconds(3)));
        assertThat(rows("deal_custom_fields", "name = 'tier' and not removed")).as("one live tier").isEqualTo(1);
        assertThat(dealWith(admin.api(), Map.of("tier", "any text")).status()).as("the successor is the live one").isEqualTo(201);

        heard(() -> replica.removed(field(successor, "deal", "tier", FieldKind.TEXT, false, null, List.of()), now.plusSeconds(4)));
        heard(() -> replica.defined(field(successor, "deal", "tier", FieldKind.TEXT, false, null, List.of()), now.plusSeconds(5)));
        assertThat(rows("deal_custom_fields", "name = 'tier' and not removed")).as("a removal is final").isZero();
    }

    private void heard(Runnable handling) {
        TenantContext.runAs(new CurrentTenant(acme.id(), acme.subdomain(), acme.schema()), () -> tx.executeWithoutResult(s -> handling.run()));
    }

    private List<String> optionsOf(String name) {
        return jdbc.queryForList("select unnest(options) from " + acme.schema() + ".deal_custom_fields where name = ? and not removed",
                String.class, name);
    }
}
