package dev.crm.communication.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Files on emails and activities: checked from their bytes, limited in size, sent, downloaded only within the organization. */
class AttachmentApiIT extends CommunicationServiceApiTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROGRAM = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    private final String contact = UUID.randomUUID().toString();
    private final String recipient = "bo." + UUID.randomUUID().toString().substring(0, 8) + "@client.test";

    private static ApiClient.Response upload(ApiClient api, String path, String fileName, String declaredType, byte[] content) {
        String boundary = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.sendBytes("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    @Test
    void aFileIsCheckedFromItsBytesStoredWithItsChecksumAndSentWithTheEmail() throws Exception {
        ApiClient.Response uploaded = upload(admin.api(), "/api/communications/attachments", "offer.pdf", "application/octet-stream", PDF);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.field("contentType")).as("from the bytes, not the declared type").isEqualTo("application/pdf");
        assertThat(uploaded.field("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(uploaded.json().get("size").asInt()).isEqualTo(PDF.length);

        ApiClient.Response sent = admin.api().post("/api/communications/emails/send", Map.of("to", recipient, "subject", "The offer",
                "body", "<p>Attached.</p>", "contactId", contact, "attachmentIds", List.of(uploaded.field("id"))));
        assertThat(sent.status()).as(sent.text()).isEqualTo(202);
        eventually("received", () -> received(recipient).size() == 1);
        MimeMessage message = received(recipient).get(0);
        BodyPart file = attachmentOf(message);
        assertThat(file.getFileName()).isEqualTo("offer.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(admin.api().get("/api/communications/attachments?emailId=" + sent.field("id")).json().get("items").findValuesAsString("fileName"))
                .containsExactly("offer.pdf");

        ApiClient.Response download = admin.api().get("/api/communications/attachments/" + uploaded.field("id"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("offer.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.contentType()).isEqualTo("application/pdf");

        ApiClient.Response reused = admin.api().post("/api/communications/emails/send", Map.of("to", recipient, "subject", "Again",
                "body", "<p>x</p>", "contactId", contact, "attachmentIds", List.of(uploaded.field("id"))));
        assertThat(reused.status()).as("a file goes with one email").isEqualTo(400);
    }

    @Test
    void programsMismatchedFilesAndOversizedOnesAreRefused() {
        ApiClient.Response program = upload(admin.api(), "/api/communications/attachments", "invoice.pdf", "application/pdf", PROGRAM);
        assertThat(program.status()).as(program.text()).isEqualTo(415);
        assertThat(program.field("code")).isEqualTo("ATTACHMENT_TYPE_REFUSED");
        assertThat(upload(admin.api(), "/api/communications/attachments", "run.sh", "text/plain", "#!/bin/sh\nrm -rf /\n".getBytes()).status())
                .isEqualTo(415);
        assertThat(upload(admin.api(), "/api/communications/attachments", "page.html", "text/html",
                "<html><script>alert(1)</script></html>".getBytes()).status()).isEqualTo(415);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        ApiClient.Response tooBig = upload(admin.api(), "/api/communications/attachments", "huge.pdf", "application/pdf", big);
        assertThat(tooBig.status()).as(tooBig.text()).isEqualTo(413);
        assertThat(upload(acme.as("VIEWER").api(), "/api/communications/attachments", "offer.pdf", "application/pdf", PDF).status()).isEqualTo(403);
        assertThat(rows("attachments", "true")).isZero();
    }

    @Test
    void filesOnAnActivityAreReadOnlyWithinTheOrganization() {
        String note = admin.api().post("/api/activities", Map.of("type", "NOTE", "contactId", contact, "body", "Signed copy")).field("id");
        ApiClient.Response uploaded = upload(admin.api(), "/api/communications/attachments?activityId=" + note, "notes.txt", "text/plain",
                "Signed on the 3rd.".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(admin.api().get("/api/communications/attachments?activityId=" + note).json().get("items")).hasSize(1);
        assertThat(upload(acme.as("SALES_REP").api(), "/api/communications/attachments?activityId=" + note, "x.txt", "text/plain",
                "x".getBytes()).status()).as("not the rep's activity").isEqualTo(403);

        ApiClient theirs = anotherOrganization().as("ADMIN").api();
        assertThat(theirs.get("/api/communications/attachments/" + uploaded.field("id")).status()).isEqualTo(404);
        assertThat(theirs.get("/api/communications/attachments?activityId=" + note).json().get("items")).isEmpty();
        assertThat(upload(theirs, "/api/communications/attachments?activityId=" + note, "x.txt", "text/plain", "x".getBytes()).status())
                .isEqualTo(404);
    }

    private static BodyPart attachmentOf(Part part) throws Exception {
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) return body;
                BodyPart nested = body.getContent() instanceof MimeMultipart ? attachmentOf(body) : null;
                if (nested != null) return nested;
            }
        }
        return null;
    }
}
