package dev.crm.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Multipart uploads of CSV files to the import routes, and waiting for a job to end. */
public final class ImportUploads {

    private static final String BOUNDARY = "----crm-test-boundary";

    private ImportUploads() {}

    public static ApiClient.Response upload(Member member, String path, byte[] file, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (file != null) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return member.api().sendBytes("POST", path, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    /** Starts an import and waits for it to end; the job as last read. */
    public static JsonNode importAndWait(Member member, byte[] file, Map<String, String> fields) {
        ApiClient.Response started = upload(member, "/api/contacts/import", file, fields);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/contacts/import/" + started.field("id"));
        return awaitEnd(member, started.field("id"));
    }

    public static JsonNode awaitEnd(Member member, String id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            ApiClient.Response job = member.api().get("/api/contacts/import/" + id);
            assertThat(job.status()).as(job.text()).isEqualTo(200);
            String status = job.field("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) return job.json();
            assertThat(System.currentTimeMillis()).as("job still " + status).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] resource(String name) {
        try (InputStream in = ImportUploads.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
