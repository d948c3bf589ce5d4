package dev.crm.contact.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contact API against real PostgreSQL: what a member sees and what the roles and tenancy allow. */
class ContactApiIT extends ContactServiceApiTest {

    private static Map<String, Object> ada() {
        Map<String, Object> c = new HashMap<>();
        c.put("firstName", " Ada ");
        c.put("lastName", "Lovelace");
        c.put("email", "Ada@Example.COM");
        c.put("phone", "+44 20 7946 0958");
        c.put("title", "Analyst");
        c.put("tags", List.of("vip", "VIP", " math "));
        c.put("address", Map.of("city", "London", "country", "GB"));
        return c;
    }

    private long rows(String where) {
        return rows("contacts", where);
    }

    @Test
    void aCreatedContactIsStoredInCanonicalFormAndListed() {
        ApiClient.Response created = admin.api().post("/api/contacts", ada());

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.field("id");
        assertThat(created.header("Location")).isEqualTo("/api/contacts/" + id);
        assertThat(created.field("firstName")).isEqualTo("Ada");
        assertThat(created.field("email")).isEqualTo("ada@example.com");
        assertThat(created.json().get("tags").toString()).isEqualTo("[\"vip\",\"math\"]");
        assertThat(created.field("ownerId")).as("the creator owns it").isEqualTo(admin.id().toString());
        assertThat(created.json().get("address").get("city").asString()).isEqualTo("London");
        assertThat(created.field("version")).isEqualTo("0");

        ApiClient.Response read = admin.api().get("/api/contacts/" + id);
        assertThat(read.json()).isEqualTo(created.json());
        ApiClient.Response list = admin.api().get("/api/contacts");
        assertThat(list.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(acme.as("VIEWER").api().get("/api/contacts/" + id).status()).as("every member reads").isEqualTo(200);
    }

    @Test
    void invalidContactsAreRefusedFieldByFieldAndNothingIsStored() {
        assertField(admin.api().post("/api/contacts", Map.of("title", "No name")), 400, "firstName");
        assertField(admin.api().post("/api/contacts", Map.of("email", "not-an-email")), 400, "email");
        assertField(admin.api().post("/api/contacts", Map.of("firstName", "A", "phone", "call me")), 400, "phone");
        assertField(admin.api().post("/api/contacts", Map.of("firstName", "A", "customFields", Map.of("shoeSize", 42))), 400, "customFields.shoeSize");
        assertField(admin.api().post("/api/contacts", Map.of("firstName", "A", "companyId", "0190a0c0-0000-7000-8000-000000000000")), 400, "companyId");
        assertThat(admin.api().post("/api/contacts", Map.of("firstName", "A", "favouriteColour", "red")).status()).as("unknown field").isEqualTo(400);
        assertThat(admin.api().send("POST", "/api/contacts", "application/json", "{\"firstName\":").status()).isEqualTo(400);
        assertThat(rows("true")).isZero();
    }

    @Test
    void oneLiveContactPerEmail() {
        assertThat(admin.api().post("/api/contacts", ada()).status()).isEqualTo(201);
        ApiClient.Response again = admin.api().post("/api/contacts", Map.of("firstName", "Other", "email", "ADA@example.com"));
        assertField(again, 409, "email");
        assertThat(again.field("code")).isEqualTo("EMAIL_TAKEN");
    }

    @Test
    void putReplacesWithTheCurrentVersionAndRefusesAStaleOne() {
        ApiClient.Response created = admin.api().post("/api/contacts", ada());
        String path = "/api/contacts/" + created.field("id");
        Map<String, Object> update = ada();
        update.put("title", "Countess");

        assertField(admin.api().put(path, update), 400, "version");
        update.put("version", 0);
        ApiClient.Response replaced = admin.api().put(path, update);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.field("title")).isEqualTo("Countess");
        assertThat(replaced.field("version")).isEqualTo("1");

        update.put("title", "Lost update");
        ApiClient.Response stale = admin.api().put(path, update);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.api().get(path).field("title")).isEqualTo("Countess");
    }

    @Test
    void patchChangesOnlyWhatItNamesAndNullRemoves() {
        String path = "/api/contacts/" + admin.api().post("/api/contacts", ada()).field("id");

        ApiClient.Response patched = admin.api().patch(path, Map.of("title", "Countess"));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.field("title")).isEqualTo("Countess");
        assertThat(patched.field("email")).isEqualTo("ada@example.com");

        Map<String, Object> removeTitle = new HashMap<>();
        removeTitle.put("title", null);
        assertThat(admin.api().patch(path, removeTitle).json().get("title").isNull()).isTrue();

        assertThat(admin.api().patch(path, Map.of("id", "0190a0c0-0000-7000-8000-000000000000")).status()).as("read-only field").isEqualTo(400);
        assertThat(admin.api().patch(path, Map.of("tags", "not-a-list")).status()).as("wrong type").isEqualTo(400);
        assertField(admin.api().patch(path, Map.of("email", "broken")), 400, "email");
        assertThat(admin.api().patch(path, Map.of("title", "x", "version", 0)).status()).as("stale version").isEqualTo(409);
        assertThat(admin.api().get(path).field("email")).isEqualTo("ada@example.com");
    }

    @Test
    void deletedContactsGoToTheTrashAndComeBack() {
        String id = admin.api().post("/api/contacts", ada()).field("id");
        String path = "/api/contacts/" + id;

        assertThat(admin.api().delete(path).status()).isEqualTo(204);
        assertThat(admin.api().get(path).status()).isEqualTo(404);
        assertThat(admin.api().get("/api/contacts").json().get("items")).isEmpty();
        assertThat(admin.api().get("/api/contacts/trash").json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(admin.api().delete(path).status()).as("already in the trash").isEqualTo(404);

        String sameEmail = admin.api().post("/api/contacts", Map.of("firstName", "Ada II", "email", "ada@example.com")).field("id");
        assertField(admin.api().post(path + "/restore", null), 409, "email");
        admin.api().delete("/api/contacts/" + sameEmail);

        ApiClient.Response restored = admin.api().post(path + "/restore", null);
        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        assertThat(restored.json().get("deletedAt").isNull()).isTrue();
        assertThat(admin.api().get(path).status()).isEqualTo(200);
        assertThat(admin.api().post(path + "/restore", null).field("code")).isEqualTo("NOT_DELETED");
    }

    @Test
    void rolesDecideWhoChangesWhat() {
        Member viewer = acme.as("VIEWER");
        Member rep = acme.as("SALES_REP");
        Member otherRep = acme.as("SALES_REP");
        Member manager = acme.as("MANAGER");

        assertThat(viewer.api().post("/api/contacts", ada()).status()).isEqualTo(403);
        Map<String, Object> forSomeoneElse = ada();
        forSomeoneElse.put("ownerId", otherRep.id().toString());
        assertField(rep.api().post("/api/contacts", forSomeoneElse), 403, "ownerId");

        String repsContact = "/api/contacts/" + rep.api().post("/api/contacts", ada()).field("id");
        assertThat(otherRep.api().get(repsContact).status()).isEqualTo(200);
        assertThat(otherRep.api().patch(repsContact, Map.of("title", "Mine now")).status()).isEqualTo(403);
        assertThat(otherRep.api().delete(repsContact).status()).isEqualTo(403);
        assertThat(viewer.api().delete(repsContact).status()).isEqualTo(403);
        assertThat(rep.api().patch(repsContact, Map.of("ownerId", otherRep.id().toString())).status()).as("no hand-over by a rep").isEqualTo(403);
        assertThat(rep.api().patch(repsContact, Map.of("title", "Lead analyst")).status()).isEqualTo(200);
        assertThat(manager.api().patch(repsContact, Map.of("ownerId", otherRep.id().toString())).field("ownerId")).isEqualTo(otherRep.id().toString());
        assertThat(otherRep.api().delete(repsContact).status()).as("now theirs").isEqualTo(204);
    }

    @Test
    void anotherOrganizationCannotSeeOrTouchAContact() {
        String id = admin.api().post("/api/contacts", ada()).field("id");
        String path = "/api/contacts/" + id;
        Organization globex = anotherOrganization();
        ApiClient intruder = globex.as("ADMIN").api();

        assertThat(intruder.get(path).status()).isEqualTo(404);
        assertThat(intruder.put(path, Map.of("firstName", "Hacked", "version", 0)).status()).isEqualTo(404);
        assertThat(intruder.patch(path, Map.of("firstName", "Hacked")).status()).isEqualTo(404);
        assertThat(intruder.delete(path).status()).isEqualTo(404);
        assertThat(intruder.post(path + "/restore", null).status()).isEqualTo(404);
        assertThat(intruder.get("/api/contacts").json().get("items")).isEmpty();
        assertThat(intruder.get("/api/contacts/trash").json().get("items")).isEmpty();
        ApiClient.Response crossed = intruder.with("X-Tenant", acme.subdomain()).get(path);
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(crossed.field("code")).isEqualTo("TENANT_MISMATCH");

        assertThat(admin.api().get(path).field("firstName")).isEqualTo("Ada");
        assertThat(rows("first_name = 'Hacked'")).isZero();
    }

    @Test
    void everyChangeIsAnEventAndAnAuditEntryInTheOutbox() {
        String id = admin.api().post("/api/contacts", ada()).field("id");
        admin.api().patch("/api/contacts/" + id, Map.of("title", "Countess"));
        admin.api().delete("/api/contacts/" + id);

        List<String> subjects = jdbc.queryForList("""
                select subject from public.event_outbox
                where payload->>'tenant_id' = ? and (payload->'data'->>'contactId' = ? or payload->'data'->>'entityId' = ?)
                order by id""", String.class, acme.id().toString(), id, id);
        assertThat(subjects).containsExactly(
                "crm.events.contact.created", "crm.events.audit.recorded",
                "crm.events.contact.updated", "crm.events.audit.recorded",
                "crm.events.contact.deleted", "crm.events.audit.recorded");
    }
}
