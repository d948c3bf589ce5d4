package dev.crm.contact.companies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The company API against real PostgreSQL: canonical domains, groups as trees, trash, roles and tenancy. */
class CompanyApiIT extends ContactServiceApiTest {

    private String create(ApiClient api, String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parentId != null) body.put("parentId", parentId);
        ApiClient.Response r = api.post("/api/companies", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.field("id");
    }

    private String create(String name, String parentId) {
        return create(admin.api(), name, parentId);
    }

    @Test
    void aCompanyIsKnownByItsCanonicalDomain() {
        ApiClient.Response created = admin.api().post("/api/companies", Map.of("name", " Acme ", "website", "https://www.Acme.com/about",
                "industry", "Manufacturing", "size", "51-200"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("name")).isEqualTo("Acme");
        assertThat(created.field("domain")).as("taken from the website").isEqualTo("acme.com");
        assertThat(created.header("Location")).isEqualTo("/api/companies/" + created.field("id"));
        assertThat(admin.api().get("/api/companies/" + created.field("id")).json()).isEqualTo(created.json());

        ApiClient.Response twin = admin.api().post("/api/companies", Map.of("name", "Acme Inc", "domain", "ACME.COM."));
        assertField(twin, 409, "domain");
        assertThat(twin.field("code")).isEqualTo("DOMAIN_TAKEN");
    }

    @Test
    void invalidCompaniesAreRefusedFieldByField() {
        assertField(admin.api().post("/api/companies", Map.of("name", "  ")), 400, "name");
        assertField(admin.api().post("/api/companies", Map.of("name", "A", "domain", "not a domain")), 400, "domain");
        assertField(admin.api().post("/api/companies", Map.of("name", "A", "website", "javascript:alert(1)")), 400, "website");
        assertField(admin.api().post("/api/companies", Map.of("name", "A", "size", "huge")), 400, "size");
        assertField(admin.api().post("/api/companies", Map.of("name", "A", "parentId", "0190a0c0-0000-7000-8000-000000000000")), 400, "parentId");
        assertThat(rows("companies", "true")).isZero();
    }

    @Test
    void groupsAreTreesWithChildrenAndAncestors() {
        String group = create("Group", null);
        String europe = create("Europe", group);
        String france = create("France", europe);
        create("Asia", group);

        List<String> children = admin.api().get("/api/companies/" + group + "/children").json().get("items").findValuesAsString("name");
        assertThat(children).containsExactlyInAnyOrder("Europe", "Asia");
        assertThat(admin.api().get("/api/companies/" + france + "/ancestors").json().findValuesAsString("name"))
                .containsExactly("Group", "Europe");
        assertThat(admin.api().get("/api/companies/" + group + "/ancestors").json()).isEmpty();
        JsonNode whole = admin.api().get("/api/companies/" + group + "/group").json();
        List<String> groupIds = new ArrayList<>();
        whole.get("ids").forEach(id -> groupIds.add(id.asString()));
        assertThat(groupIds).as("itself first, then every level below").hasSize(4).startsWith(group).contains(europe, france);
        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(admin.api().get("/api/companies/" + france + "/group").json().get("ids")).hasSize(1);

        assertField(admin.api().patch("/api/companies/" + group, Map.of("parentId", france)), 400, "parentId");
        assertField(admin.api().patch("/api/companies/" + europe, Map.of("parentId", europe)), 400, "parentId");
        assertThat(admin.api().get("/api/companies/" + group).json().get("parentId").isNull()).as("nothing changed").isTrue();
    }

    @Test
    void aGroupIsAtMostTenLevelsDeep() {
        String parent = null;
        String top = null;
        for (int level = 1; level <= CompanyService.MAX_LEVELS; level++) {
            parent = create("Level " + level, parent);
            if (top == null) top = parent;
        }
        assertField(admin.api().post("/api/companies", Map.of("name", "Level 11", "parentId", parent)), 400, "parentId");

        String small = create("Small", null);
        create("Small child", small);
        String second = admin.api().get("/api/companies/" + top + "/children").json().get("items").get(0).get("id").asString();
        assertThat(admin.api().patch("/api/companies/" + small, Map.of("parentId", top)).status()).as("3 levels").isEqualTo(200);
        String ninth = parent;
        ApiClient.Response tooDeep = admin.api().patch("/api/companies/" + small, Map.of("parentId", ninth));
        assertField(tooDeep, 400, "parentId");
        assertThat(second).isNotBlank();
    }

    @Test
    void aCompanyWithSubCompaniesStaysUntilTheyAreGone() {
        String group = create("Group", null);
        String europe = create("Europe", group);

        ApiClient.Response refused = admin.api().delete("/api/companies/" + group);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("code")).isEqualTo("HAS_SUB_COMPANIES");

        assertThat(admin.api().delete("/api/companies/" + europe).status()).isEqualTo(204);
        assertThat(admin.api().delete("/api/companies/" + group).status()).isEqualTo(204);
        assertThat(admin.api().get("/api/companies/trash").json().get("items").findValuesAsString("name")).containsExactlyInAnyOrder("Group", "Europe");
        assertThat(admin.api().post("/api/companies/" + europe + "/restore", null).field("code")).isEqualTo("PARENT_IN_TRASH");
        assertThat(admin.api().post("/api/companies/" + group + "/restore", null).status()).isEqualTo(200);
        assertThat(admin.api().post("/api/companies/" + europe + "/restore", null).status()).isEqualTo(200);
    }

    @Test
    void aCompanyPageListsItsContacts() {
        String acmeCo = create("Acme", null);
        ApiClient.Response ada = admin.api().post("/api/contacts", Map.of("firstName", "Ada", "companyId", acmeCo));
        assertThat(ada.status()).as(ada.text()).isEqualTo(201);
        admin.api().post("/api/contacts", Map.of("firstName", "Bob"));

        assertThat(admin.api().get("/api/contacts?companyId=" + acmeCo).json().get("items").findValuesAsString("firstName")).containsExactly("Ada");
        String gone = create("Gone", null);
        admin.api().delete("/api/companies/" + gone);
        assertField(admin.api().post("/api/contacts", Map.of("firstName", "Cy", "companyId", gone)), 400, "companyId");
    }

    @Test
    void theCompanyListSearchesSortsAndFilters() {
        admin.api().post("/api/companies", Map.of("name", "Globex Corporation", "domain", "globex.example", "industry", "Energy"));
        admin.api().post("/api/companies", Map.of("name", "Initech", "domain", "initech.example", "industry", "Software"));
        admin.api().post("/api/companies", Map.of("name", "Acme", "industry", "software"));
        assertThat(names("q=globx")).as("a typo").containsExactly("Globex Corporation");
        assertThat(names("q=initech.example")).containsExactly("Initech");
        assertThat(names("sort=name")).containsExactly("Acme", "Globex Corporation", "Initech");
        assertThat(names("sort=-name&industry=SOFTWARE")).containsExactly("Initech", "Acme");
        assertField(admin.api().get("/api/companies?sort=size"), 400, "sort");
        assertThat(anotherOrganization().as("ADMIN").api().get("/api/companies?q=globex").json().get("items")).isEmpty();
    }

    private List<String> names(String query) {
        ApiClient.Response r = admin.api().get("/api/companies?" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        r.json().get("items").forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    @Test
    void rolesDecideWhoChangesWhat() {
        Member viewer = acme.as("VIEWER");
        Member rep = acme.as("SALES_REP");
        Member otherRep = acme.as("SALES_REP");

        assertThat(viewer.api().post("/api/companies", Map.of("name", "Nope")).status()).isEqualTo(403);
        String repsCompany = create(rep.api(), "Rep Co", null);
        assertThat(otherRep.api().get("/api/companies/" + repsCompany).status()).isEqualTo(200);
        assertThat(otherRep.api().patch("/api/companies/" + repsCompany, Map.of("industry", "Mine")).status()).isEqualTo(403);
        assertThat(otherRep.api().delete("/api/companies/" + repsCompany).status()).isEqualTo(403);
        assertThat(rep.api().patch("/api/companies/" + repsCompany, Map.of("industry", "Retail")).field("industry")).isEqualTo("Retail");
    }

    @Test
    void putNeedsTheCurrentVersion() {
        String id = create("Acme", null);
        assertField(admin.api().put("/api/companies/" + id, Map.of("name", "Acme 2")), 400, "version");
        assertThat(admin.api().put("/api/companies/" + id, Map.of("name", "Acme 2", "version", 0)).field("version")).isEqualTo("1");
        assertThat(admin.api().put("/api/companies/" + id, Map.of("name", "Acme 3", "version", 0)).status()).isEqualTo(409);
        assertThat(admin.api().get("/api/companies/" + id).field("name")).isEqualTo("Acme 2");
    }

    @Test
    void anotherOrganizationCannotSeeTouchOrLinkToACompany() {
        String group = create("Group", null);
        create("Europe", group);
        String path = "/api/companies/" + group;
        ApiClient intruder = anotherOrganization().as("ADMIN").api();

        for (String read : List.of(path, path + "/children", path + "/ancestors", path + "/group")) {
            assertThat(intruder.get(read).status()).as(read).isEqualTo(404);
        }
        assertThat(intruder.patch(path, Map.of("name", "Hacked")).status()).isEqualTo(404);
        assertThat(intruder.put(path, Map.of("name", "Hacked", "version", 0)).status()).isEqualTo(404);
        assertThat(intruder.delete(path).status()).isEqualTo(404);
        assertThat(intruder.post(path + "/restore", null).status()).isEqualTo(404);
        assertField(intruder.post("/api/companies", Map.of("name", "Sub", "parentId", group)), 400, "parentId");
        assertField(intruder.post("/api/contacts", Map.of("firstName", "Spy", "companyId", group)), 400, "companyId");
        assertThat(intruder.get("/api/companies").json().get("items")).isEmpty();

        assertThat(admin.api().get(path).field("name")).isEqualTo("Group");
        assertThat(rows("companies", "name = 'Hacked'")).isZero();
    }
}
