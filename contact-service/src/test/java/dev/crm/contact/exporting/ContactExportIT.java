package dev.crm.contact.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.tenant.TenantDirectory;
import dev.crm.contact.ContactServiceApiTest;
import dev.crm.contact.importing.ImportUploads;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The CSV export against real PostgreSQL: what it holds, its filters, and that it imports back unchanged. */
class ContactExportIT extends ContactServiceApiTest {

    @Autowired
    TenantDirectory tenants;

    private String companyId;

    private void customFieldsAndContacts() {
        admin.api().post("/api/custom-fields", Map.of("entityType", "contact", "name", "score", "kind", "NUMBER", "label", "Score"));
        admin.api().post("/api/custom-fields", Map.of("entityType", "contact", "name", "interests", "kind", "MULTI_SELECT",
                "label", "Interests", "options", List.of("golf", "chess", "wine")));
        admin.api().post("/api/custom-fields", Map.of("entityType", "contact", "name", "newsletter", "kind", "BOOLEAN", "label", "Newsletter"));
        admin.api().post("/api/custom-fields", Map.of("entityType", "contact", "name", "birthday", "kind", "DATE", "label", "Birthday"));
        admin.api().post("/api/custom-fields", Map.of("entityType", "contact", "name", "nickname", "kind", "TEXT", "label", "Title"));
        companyId = admin.api().post("/api/companies", Map.of("name", "Société Générale, \"SG\"", "domain", "sg.example")).field("id");
        Map<String, Object> full = new HashMap<>();
        full.put("firstName", "Zoë");
        full.put("lastName", "O'Brien, \"Jr.\"");
        full.put("email", "zoe@example.com");
        full.put("additionalEmails", List.of("zoe@home.example", "z@work.example"));
        full.put("phone", "+1 555 0100");
        full.put("additionalPhones", List.of("+33 1 23 45 67 89", "555 0101"));
        full.put("title", "=HYPERLINK(\"http://evil\")");
        full.put("companyId", companyId);
        full.put("tags", List.of("@risk", "vip", "Café"));
        full.put("address", Map.of("street", "1 Rue de la Paix\nBâtiment B", "city", "Paris", "region", "Île-de-France",
                "postalCode", "75002", "country", "FR"));
        full.put("notes", "Line one,\nline \"two\"\r\n+ more");
        full.put("customFields", Map.of("score", 42.5, "interests", List.of("golf", "wine"), "newsletter", true,
                "birthday", "1990-02-28", "nickname", "-Zo-"));
        assertThat(admin.api().post("/api/contacts", full).status()).isEqualTo(201);
        assertThat(admin.api().post("/api/contacts", Map.of("firstName", "Only", "lastName", "Name")).status()).isEqualTo(201);
        assertThat(admin.api().post("/api/contacts", Map.of("firstName", "Bob", "email", "bob@example.com", "tags", List.of("golf"),
                "customFields", Map.of("score", 7))).status()).isEqualTo(201);
    }

    private ApiClient.Response export(Member member, String query) {
        return member.api().get("/api/contacts/export" + query);
    }

    @Test
    void anExportImportedBackChangesNothing() {
        customFieldsAndContacts();
        ApiClient.Response csv = export(admin, "");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"contacts-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        assertThat(csv.text()).startsWith("\uFEFFFirst Name,Last Name,Email,Additional Emails,Phone,Additional Phones,Title,Company,"
                + "Company Domain,Owner ID,Tags,Street,City,Region,Postal Code,Country,Notes,Birthday,Interests,Newsletter,cf.nickname,Score\r\n");
        assertThat(csv.text()).contains("'+1 555 0100").contains("'=HYPERLINK(").contains(",'-Zo-").contains("'@risk")
                .contains("\"Société Générale, \"\"SG\"\"\",sg.example").contains("golf; wine").contains(",42.5\r\n");

        JsonNode again = ImportUploads.importAndWait(admin, csv.text().getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("COMPLETED");
        assertThat(again.get("skipped").asInt()).as(again.toString()).isEqualTo(3);
        assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("failed").asInt()
                + again.get("companiesCreated").asInt()).isZero();
    }

    @Test
    void aChangedExportUpdatesExactlyTheChangedRows() {
        customFieldsAndContacts();
        String csv = export(admin, "").text();
        String changed = csv.replace("bob@example.com,,,,,,,", "bob@example.com,,,,Buyer,,,");

        assertThat(changed).isNotEqualTo(csv);
        JsonNode job = ImportUploads.importAndWait(admin, changed.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(job.get("updated").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.get("skipped").asInt()).isEqualTo(2);
        assertThat(rows("contacts", "email = 'bob@example.com' and title = 'Buyer' and version = 1")).isEqualTo(1);
    }

    @Test
    void theExportFollowsTheFiltersAndRefusesBadOnes() {
        customFieldsAndContacts();
        Member rep = acme.as("SALES_REP");
        rep.api().post("/api/contacts", Map.of("firstName", "Rita", "email", "rita@example.com", "tags", List.of("VIP")));

        String vip = export(admin, "?tag=VIP").text();
        assertThat(vip.lines().skip(1).findFirst().orElseThrow()).as("newest first").startsWith("Rita,");
        assertThat(vip).contains("\r\nZoë,").doesNotContain("bob@example.com").doesNotContain("Only,Name");
        assertThat(export(admin, "?ownerId=" + rep.id()).text().lines().count()).isEqualTo(2);
        assertThat(export(admin, "?companyId=" + companyId).text()).contains("zoe@example.com").doesNotContain("bob@example.com");
        assertThat(export(admin, "?createdAfter=2999-01-01").text().lines().count()).as("the header alone").isEqualTo(1);
        String byEmail = export(admin, "?sort=email").text();
        assertThat(List.of(byEmail.indexOf("\r\nBob,"), byEmail.indexOf("\r\nRita,"), byEmail.indexOf("\r\nZoë,"), byEmail.indexOf("\r\nOnly,")))
                .as("by email, contacts without one last").isSorted().doesNotContain(-1);
        String found = export(admin, "?q=zoe").text();
        assertThat(found).as("the one match, as the list searches").contains("zoe@example.com")
                .doesNotContain("bob@example.com").doesNotContain("rita@example.com").doesNotContain("Only,Name");
        assertField(export(admin, "?sort=password"), 400, "sort");
        assertField(export(admin, "?q=z"), 400, "q");
        assertField(export(admin, "?cf.nosuch=1"), 400, "cf.nosuch");
        assertField(export(admin, "?createdAfter=yesterday"), 400, "createdAfter");
        assertField(export(admin, "?ownerId=me"), 400, "ownerId");
        assertThat(exportsAudited()).as("the refused ones are not recorded").isEqualTo(6);
    }

    @Test
    void onlyTheRolesTheOrganizationAllowsMayExportAndEveryExportIsAudited() {
        customFieldsAndContacts();
        assertThat(export(acme.as("MANAGER"), "").text().lines()).hasSizeGreaterThan(3);
        for (String role : List.of("SALES_REP", "VIEWER")) {
            ApiClient.Response refused = export(acme.as(role), "");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).doesNotContain("zoe@example.com");
        }
        assertThat(exportsAudited()).as("one entry per export that started: the manager's").isEqualTo(1);

        jdbc.update("update public.tenants set export_roles = '{ADMIN,MANAGER,VIEWER}' where id = ?", acme.id());
        tenants.evict(acme.id());
        assertThat(export(acme.as("VIEWER"), "?tag=vip").status()).isEqualTo(200);
        assertThat(exportsAudited()).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select payload->'data'->'after'->'filters'->'tag'->>0 from public.event_outbox
                where payload->>'tenant_id' = ? and payload->'data'->>'action' = 'EXPORTED' order by id desc limit 1""",
                String.class, acme.id().toString())).isEqualTo("vip");
    }

    @Test
    void aHeaderMadeFromACustomFieldLabelCannotRunAsAFormula() {
        admin.api().post("/api/custom-fields", Map.of("entityType", "contact", "name", "evil", "kind", "TEXT", "label", "=1+cmd|' /C calc'!A0"));
        String header = export(admin, "").text().lines().findFirst().orElseThrow();
        assertThat(header).contains("'=1+cmd").doesNotContain(",=1+cmd");
    }

    private long exportsAudited() {
        return jdbc.queryForObject("select count(*) from public.event_outbox where payload->>'tenant_id' = ? and payload->'data'->>'action' = 'EXPORTED'",
                Long.class, acme.id().toString());
    }

    @Test
    void anotherOrganizationExportsNoneOfOurContacts() {
        customFieldsAndContacts();
        ApiClient.Response theirs = export(anotherOrganization().as("ADMIN"), "");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.text().lines().count()).as("the header alone").isEqualTo(1);
        admin.api().delete("/api/contacts/" + admin.api().get("/api/contacts?limit=100").json().get("items").get(0).get("id").asString());
        assertThat(export(admin, "").text()).as("the trash is not exported").doesNotContain("bob@example.com");
    }
}
