package dev.crm.contact.importing;

import static dev.crm.contact.importing.ImportUploads.importAndWait;
import static dev.crm.contact.importing.ImportUploads.upload;
import static dev.crm.contact.importing.ImportUploads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CSV import against real PostgreSQL and NATS: encodings, dialects, presets, dry runs, upserts, roles and tenancy. */
class ImportApiIT extends ContactServiceApiTest {

    private static final String PEOPLE = """
            First Name,Last Name,Email,Phone,Company,Company Domain,Tags
            Ada,Lovelace,ada@example.com,+44 20 7946 0958,Analytical Engines,engines.example,vip; math
            Grace,Hopper,grace@example.com,,Navy,,
            Alan,Turing,alan@example.com,,Analytical Engines,https://www.engines.example/about,
            """;

    private JsonNode contact(String email) {
        JsonNode items = admin.api().get("/api/contacts?limit=100").json().get("items");
        for (JsonNode c : items) if (email.equals(c.get("email").asString())) return c;
        return null;
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void importsRowsWithProgressAndCompaniesCreatedOncePerFile() {
        JsonNode job = importAndWait(admin, utf8(PEOPLE), Map.of());

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("totalRows").asInt()).isEqualTo(3);
        assertThat(job.get("processedRows").asInt()).isEqualTo(3);
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(job.get("created").asInt()).isEqualTo(3);
        assertThat(job.get("companiesCreated").asInt()).isEqualTo(2);
        assertThat(job.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(job.get("errorFileUrl").isNull()).isTrue();
        assertThat(job.get("finishedAt").isNull()).isFalse();
        assertThat(job.get("outcomes").findValuesAsString("action")).containsExactly("CREATE", "CREATE", "CREATE");
        assertThat(rows("companies", "domain = 'engines.example'")).as("one company for two rows naming it").isEqualTo(1);
        assertThat(rows("companies", "name = 'Navy' and domain is null")).isEqualTo(1);
        JsonNode ada = contact("ada@example.com");
        assertThat(ada.get("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(ada.get("tags").toString()).isEqualTo("[\"vip\",\"math\"]");
        assertThat(ada.get("ownerId").asString()).as("the importer owns what has no owner column").isEqualTo(admin.id().toString());
        assertThat(ada.get("companyId").asString()).isEqualTo(contact("alan@example.com").get("companyId").asString());
        assertThat(jdbc.queryForObject("select count(*) from public.event_outbox where payload->>'event_type' = 'contact.created'"
                + " and payload->>'tenant_id' = ?", Long.class, acme.id().toString())).as("an event per created contact").isEqualTo(3);
        assertThat(jdbc.queryForList("""
                select e->'change'->>'action' || ' ' || (e->'change'->>'entityType') || ' ' || coalesce(e->'change'->'after'->>'email', e->'change'->'after'->>'name')
                from public.event_outbox o, jsonb_array_elements(o.payload->'data'->'entries') e
                where o.payload->>'event_type' = 'audit.batch_recorded' and o.payload->>'tenant_id' = ?""", String.class, acme.id().toString()))
                .as("the audit entries of the import, sent many to an event").containsExactlyInAnyOrder("CREATED contact ada@example.com",
                        "CREATED contact alan@example.com", "CREATED contact grace@example.com", "CREATED company Analytical Engines", "CREATED company Navy");
        assertThat(jdbc.queryForObject("select count(*) from public.event_outbox where payload->>'event_type' = 'audit.recorded'"
                + " and payload->'data'->>'entityType' in ('contact', 'company') and payload->>'tenant_id' = ?", Long.class, acme.id().toString())).as("no event per entry").isZero();

        ApiClient.Response list = admin.api().get("/api/contacts/import");
        assertThat(list.json().get("items").get(0).get("id").asString()).isEqualTo(job.get("id").asString());
    }

    @Test
    void importingTheSameFileTwiceCreatesNothingNewAndSkipsEveryRow() {
        importAndWait(admin, utf8(PEOPLE), Map.of());
        JsonNode again = importAndWait(admin, utf8(PEOPLE), Map.of());

        assertThat(again.get("skipped").asInt()).as(again.toString()).isEqualTo(3);
        assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("companiesCreated").asInt()).isZero();
        assertThat(again.get("outcomes").findValuesAsString("reason")).containsOnly("unchanged");
        assertThat(rows("contacts", "true")).isEqualTo(3);
        assertThat(rows("companies", "true")).isEqualTo(2);
    }

    @Test
    void aRowUpdatesTheLiveContactWithItsEmailAndOnlyTheColumnsItHas() {
        admin.api().post("/api/contacts", Map.of("firstName", "Ada", "email", "ADA@example.com", "title", "Countess", "notes", "kept"));
        JsonNode job = importAndWait(admin, utf8("Email,Title,Notes\nada@example.com,Analyst,\n"), Map.of());

        assertThat(job.get("updated").asInt()).as(job.toString()).isEqualTo(1);
        JsonNode ada = contact("ada@example.com");
        assertThat(ada.get("title").asString()).isEqualTo("Analyst");
        assertThat(ada.get("notes").asString()).as("a blank cell keeps the value").isEqualTo("kept");
        assertThat(ada.get("firstName").asString()).isEqualTo("Ada");
        assertThat(ada.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        admin.api().post("/api/contacts", Map.of("firstName", "Grace", "email", "grace@example.com"));
        String file = PEOPLE + "Bad,Row,not-an-email,,,,\n";
        JsonNode job = importAndWait(admin, utf8(file), Map.of("dryRun", "true"));

        assertThat(job.get("dryRun").asBoolean()).isTrue();
        assertThat(job.get("created").asInt()).as(job.toString()).isEqualTo(2);
        assertThat(job.get("updated").asInt()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(1);
        assertThat(job.get("companiesCreated").asInt()).isEqualTo(2);
        JsonNode outcomes = job.get("outcomes");
        assertThat(outcomes.findValuesAsString("action")).containsExactly("CREATE", "UPDATE", "CREATE", "FAIL");
        assertThat(outcomes.get(3).get("reason").asString()).contains("email");
        assertThat(outcomes.get(3).get("row").asInt()).isEqualTo(5);
        assertThat(rows("contacts", "true")).as("only the contact made before").isEqualTo(1);
        assertThat(rows("companies", "true")).isZero();
    }

    @Test
    void badRowsFailAloneAndLandInTheErrorFileWithTheirReason() {
        String file = "Email,First Name,Phone\nok@example.com,Ok,\nbroken@example.com,Broken\nworse,Worse,call me\n";
        JsonNode job = importAndWait(admin, utf8(file), Map.of());

        assertThat(job.get("created").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(2);
        String url = job.get("errorFileUrl").asString();
        assertThat(url).isEqualTo("/api/contacts/import/" + job.get("id").asString() + "/errors");
        ApiClient.Response errors = admin.api().get(url);
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.contentType()).startsWith("text/csv");
        List<String> lines = errors.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFEmail,First Name,Phone,row,error");
        assertThat(lines.get(1)).startsWith("broken@example.com,Broken,3,The row has 2 values but the header has 3 columns.");
        assertThat(lines.get(2)).startsWith("worse,Worse,call me,4,").contains("email:").contains("phone:");
    }

    @Test
    void byteOrderMarksAndUtf16AreRead() {
        byte[] utf8Bom = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Email,First Name\nzoe@example.com,Zoë\n", StandardCharsets.UTF_8);
        byte[] utf16le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Email\tFirst Name\r\nrene@example.com\tRené\r\n", StandardCharsets.UTF_16LE);
        byte[] utf16be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Email;First Name\nsoren@example.com;Søren\n", StandardCharsets.UTF_16BE);

        assertThat(importAndWait(admin, utf8Bom, Map.of()).get("encoding").asString()).isEqualTo("UTF-8");
        JsonNode le = importAndWait(admin, utf16le, Map.of());
        assertThat(le.get("encoding").asString()).isEqualTo("UTF-16LE");
        assertThat(le.get("delimiter").asString()).isEqualTo("\t");
        assertThat(importAndWait(admin, utf16be, Map.of()).get("encoding").asString()).isEqualTo("UTF-16BE");
        assertThat(contact("zoe@example.com").get("firstName").asString()).isEqualTo("Zoë");
        assertThat(contact("rene@example.com").get("firstName").asString()).isEqualTo("René");
        assertThat(contact("soren@example.com").get("firstName").asString()).isEqualTo("Søren");
    }

    @Test
    void windows1252IsDetectedWhenTheBytesAreNotUtf8() {
        byte[] file = "Email;First Name;Last Name\njose@example.com;José;Müller\n".getBytes(Charset.forName("windows-1252"));
        JsonNode job = importAndWait(admin, file, Map.of());

        assertThat(job.get("encoding").asString()).isEqualTo("windows-1252");
        assertThat(job.get("delimiter").asString()).isEqualTo(";");
        assertThat(contact("jose@example.com").get("lastName").asString()).isEqualTo("Müller");
        assertThat(contact("jose@example.com").get("firstName").asString()).isEqualTo("José");
    }

    @Test
    void quotedLineBreaksQuotesAndProtectedFormulaCellsArriveIntact() {
        String file = "Email,Notes,Phone,Title\r\n"
                + "q@example.com,\"Met at \"\"Expo\"\",\nsaid: call back\",'+1 555 0100,'=SUM(A1)\r\n\r\n";
        JsonNode job = importAndWait(admin, utf8(file), Map.of());

        assertThat(job.get("created").asInt()).as(job.toString()).isEqualTo(1);
        JsonNode q = contact("q@example.com");
        assertThat(q.get("notes").asString()).isEqualTo("Met at \"Expo\",\nsaid: call back");
        assertThat(q.get("phone").asString()).isEqualTo("+1 555 0100");
        assertThat(q.get("title").asString()).isEqualTo("=SUM(A1)");
    }

    @Test
    void aFileWithOnlyAHeaderCompletesWithNoRows() {
        JsonNode job = importAndWait(admin, utf8("Email,First Name\n"), Map.of());
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("totalRows").asInt()).isZero();
        assertThat(job.get("percent").asInt()).isEqualTo(100);
    }

    @Test
    void badUploadsAreRefusedWithTheFieldAndStartNothing() {
        assertField(upload(admin, "/api/contacts/import", null, Map.of("dryRun", "true")), 400, "file");
        assertField(upload(admin, "/api/contacts/import", new byte[0], Map.of()), 400, "file");
        assertField(upload(admin, "/api/contacts/import", utf8("\r\n\r\n"), Map.of()), 400, "file");
        assertField(upload(admin, "/api/contacts/import", utf8("ada@example.com,Ada\n"), Map.of()), 400, "file");
        assertField(upload(admin, "/api/contacts/import", utf8("Colour,Size\nred,4\n"), Map.of()), 400, "mapping");
        assertField(upload(admin, "/api/contacts/import", utf8(PEOPLE), Map.of("mapping", "{\"Email\":\"favouriteColour\"}")), 400, "mapping.Email");
        assertField(upload(admin, "/api/contacts/import", utf8(PEOPLE), Map.of("mapping", "{\"Mail\":\"email\"}")), 400, "mapping.Mail");
        assertField(upload(admin, "/api/contacts/import", utf8(PEOPLE), Map.of("mapping", "[1,2]")), 400, "mapping");
        assertField(upload(admin, "/api/contacts/import/preview", null, Map.of()), 400, "file");
        assertThat(rows("import_jobs", "true")).isZero();
        assertThat(admin.api().get("/api/contacts/import/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aGivenMappingDecidesWhichColumnsCountAndIgnoresTheRest() {
        String mapping = "{\"Email\":\"email\",\"First Name\":\"lastName\",\"Phone\":null}";
        JsonNode job = importAndWait(admin, utf8(PEOPLE), Map.of("mapping", mapping));

        assertThat(job.get("mapping").get("First Name").asString()).isEqualTo("lastName");
        JsonNode ada = contact("ada@example.com");
        assertThat(ada.get("lastName").asString()).isEqualTo("Ada");
        assertThat(ada.get("phone").isNull()).isTrue();
        assertThat(rows("companies", "true")).as("Company was not mapped").isZero();
    }

    @Test
    void thePreviewShowsTheStartOfTheFileAndTheMappingItWouldUse() {
        ApiClient.Response preview = upload(admin, "/api/contacts/import/preview", ImportUploads.resource("hubspot-contacts.csv"), Map.of());

        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.field("preset")).isEqualTo("HUBSPOT");
        assertThat(preview.field("encoding")).isEqualTo("UTF-8");
        assertThat(preview.field("delimiter")).isEqualTo(",");
        assertThat(preview.json().get("headers").get(1).asString()).isEqualTo("First Name");
        assertThat(preview.json().get("sampleRows")).hasSize(2);
        assertThat(preview.json().get("mapping").get("Phone Number").asString()).isEqualTo("phone");
        assertThat(preview.json().get("fields").findValuesAsString("key")).contains("email", "companyName", "tags");
        assertThat(rows("import_jobs", "true")).as("a preview starts nothing").isZero();
    }

    @Test
    void hubspotSalesforceAndPipedriveExportsImportAsTheyCome() {
        JsonNode hubspot = importAndWait(admin, ImportUploads.resource("hubspot-contacts.csv"), Map.of());
        JsonNode salesforce = importAndWait(admin, ImportUploads.resource("salesforce-contacts.csv"), Map.of());
        JsonNode pipedrive = importAndWait(admin, ImportUploads.resource("pipedrive-people.csv"), Map.of());

        assertThat(hubspot.get("created").asInt()).as(hubspot.toString()).isEqualTo(2);
        assertThat(salesforce.get("created").asInt()).as(salesforce.toString()).isEqualTo(2);
        assertThat(pipedrive.get("created").asInt()).as(pipedrive.toString()).isEqualTo(2);
        JsonNode maria = contact("maria.johnson@hubspot-sample.com");
        assertThat(maria.get("title").asString()).isEqualTo("VP Marketing");
        assertThat(maria.get("additionalPhones").get(0).asString()).isEqualTo("+1 617 555 0199");
        assertThat(maria.get("address").get("postalCode").asString()).isEqualTo("02141");
        assertThat(rows("companies", "domain = 'brightside.example'")).isEqualTo(1);
        JsonNode rose = contact("rose@edge.example");
        assertThat(rose.get("address").get("street").asString()).isEqualTo("313 Constitution Place\nAustin, TX 78767\nUSA");
        assertThat(rose.get("title").asString()).isEqualTo("SVP, Procurement");
        assertThat(rose.get("phone").asString()).isEqualTo("(512) 757-6000");
        JsonNode ada = contact("ada@engines.example");
        assertThat(ada.get("firstName").asString()).isEqualTo("Ada");
        assertThat(ada.get("lastName").asString()).isEqualTo("King Lovelace");
        assertThat(ada.get("additionalEmails").get(0).asString()).isEqualTo("ada.home@mail.example");
        assertThat(ada.get("tags").get(0).asString()).isEqualTo("Hot lead");
        assertThat(rows("companies", "name = 'Analytical Engines Ltd'")).isEqualTo(1);
    }

    @Test
    void viewersCannotImportAndSalesRepsChangeOnlyTheirOwnContacts() {
        Member viewer = acme.as("VIEWER");
        assertThat(upload(viewer, "/api/contacts/import", utf8(PEOPLE), Map.of()).status()).isEqualTo(403);
        assertThat(upload(viewer, "/api/contacts/import/preview", utf8(PEOPLE), Map.of()).status()).isEqualTo(403);

        admin.api().post("/api/contacts", Map.of("firstName", "Ada", "email", "ada@example.com", "title", "Countess"));
        Member rep = acme.as("SALES_REP");
        String file = "Email,Title,Owner ID\nada@example.com,Analyst,\nnew@example.com,Rep's own,\nother@example.com,Given away," + admin.id() + "\n";
        JsonNode job = importAndWait(rep, utf8(file), Map.of());

        assertThat(job.get("failed").asInt()).as(job.toString()).isEqualTo(2);
        assertThat(job.get("outcomes").get(0).get("reason").asString()).contains("only change records you own");
        assertThat(job.get("outcomes").get(2).get("reason").asString()).contains("ownerId");
        assertThat(contact("ada@example.com").get("title").asString()).isEqualTo("Countess");
        assertThat(contact("new@example.com").get("ownerId").asString()).isEqualTo(rep.id().toString());
    }

    @Test
    void anotherOrganizationSeesNeitherTheJobNorItsErrors() {
        JsonNode job = importAndWait(admin, utf8("Email,Phone\nbad,call me\n"), Map.of());
        String id = job.get("id").asString();
        Organization globex = anotherOrganization();
        Member stranger = globex.as("ADMIN");

        assertThat(stranger.api().get("/api/contacts/import/" + id).status()).isEqualTo(404);
        assertThat(stranger.api().get("/api/contacts/import/" + id + "/errors").status()).isEqualTo(404);
        assertThat(stranger.api().get("/api/contacts/import").json().get("items")).isEmpty();
    }

    @Test
    void aJobWhoseServerStoppedIsReportedFailedAfterItsHeartbeatGoesStale() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into " + acme.schema() + ".import_jobs (id, status, dry_run, file_name, encoding, delimiter, headers, mapping,"
                + " created_by, created_at, heartbeat_at) values (?, 'RUNNING', false, 'x.csv', 'UTF-8', ',', '{Email}', '{}', ?,"
                + " now() - interval '1 hour', now() - interval '10 minutes')", id, admin.id());

        assertThat(admin.api().get("/api/contacts/import").json().get("items").get(0).get("status").asString())
                .as("the list reports it too").isEqualTo("FAILED");
        ApiClient.Response job = admin.api().get("/api/contacts/import/" + id);
        assertThat(job.field("status")).isEqualTo("FAILED");
        assertThat(job.field("failureReason")).contains("stopped making progress");
    }
}
