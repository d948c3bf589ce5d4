package dev.crm.contact.importing;

import static dev.crm.contact.importing.ImportUploads.importAndWait;
import static dev.crm.contact.importing.ImportUploads.upload;
import static dev.crm.contact.importing.ImportUploads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An import cannot exhaust memory: the header is read within 64 KB and 200 columns on the request (400
 * naming the file, no job), a row within 1 MB and its cells within 32 KB, and a file within the row limit
 * (here 20); a file over a limit fails its job before any row is stored.
 */
@TestPropertySource(properties = "crm.imports.max-rows=20")
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImportLimitsIT extends ContactServiceApiTest {

    private static final String HEADER = "First Name,Email\n";

    private static byte[] people(int rows, String extra) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) csv.append("P").append(i).append(",p").append(i).append("@example.com\n");
        return utf8(csv.append(extra).toString());
    }

    @Test
    void aHeaderOverItsLimitsIsRefusedOnTheRequestAndStartsNothing() {
        byte[] unclosedQuote = utf8("\"First Name," + "x".repeat(3 * 1024 * 1024) + "\nAda,ada@example.com\n");
        byte[] manyColumns = utf8("Email," + "c,".repeat(300) + "last\nada@example.com\n");
        for (String path : new String[] {"/api/contacts/import/preview", "/api/contacts/import"}) {
            assertField(upload(admin, path, unclosedQuote, Map.of()), 400, "file");
            assertField(upload(admin, path, manyColumns, Map.of()), 400, "file");
        }
        assertThat(rows("import_jobs", "true")).isZero();
        assertThat(rows("contacts", "true")).isZero();
    }

    @Test
    void aFileWithARowOrACellOverItsLimitOrTooManyRowsFailsWithNothingStored() {
        JsonNode longCell = importAndWait(admin, people(3, "Ada,\"" + "y".repeat(40 * 1024) + "\"\n"), Map.of());
        assertThat(longCell.get("status").asString()).isEqualTo("FAILED");
        assertThat(longCell.get("failureReason").asString()).contains("32 KB");

        JsonNode unclosed = importAndWait(admin, people(3, "Ada,\"" + "z".repeat(3 * 1024 * 1024) + "\n"), Map.of());
        assertThat(unclosed.get("status").asString()).isEqualTo("FAILED");
        assertThat(unclosed.get("failureReason").asString()).contains("1 MB");

        JsonNode tooMany = importAndWait(admin, people(21, ""), Map.of());
        assertThat(tooMany.get("status").asString()).isEqualTo("FAILED");
        assertThat(tooMany.get("failureReason").asString()).contains("20 rows");
        assertThat(rows("contacts", "true")).isZero();

        assertThat(importAndWait(admin, people(20, ""), Map.of()).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(rows("contacts", "true")).isEqualTo(20);
    }
}
