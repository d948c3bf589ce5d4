package dev.crm.communication.emails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With a Mailgun signing key configured, an inbound address takes only posts Mailgun signed, each once. */
@TestPropertySource(properties = "crm.mail.inbound.mailgun-signing-key=" + InboundSignatureIT.KEY)
class InboundSignatureIT extends CommunicationServiceApiTest {

    static final String KEY = "key-it-mailgun-signing";

    private static final String MESSAGE = """
            From: Someone <someone@client.test>
            To: sales@acme.test
            Subject: Hello
            Message-ID: <%s@client.test>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8

            Hello there.
            """.replace("\n", "\r\n");

    private String inboundPath() {
        String url = admin.api().get("/api/communications/inbound-address").field("url");
        return url.substring(url.indexOf("/t/inbound/"));
    }

    private static String sign(String key, String timestamp, String token) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((timestamp + token).getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient.Response form(String timestamp, String token, String signature) {
        String boundary = "mg" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (String[] field : new String[][] {{"timestamp", timestamp}, {"token", token}, {"signature", signature}}) {
            if (field[1] != null) {
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                        .append(field[1]).append("\r\n");
            }
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"body-mime\"; filename=\"m.eml\"\r\n")
                .append("Content-Type: message/rfc822\r\n\r\n").append(MESSAGE.formatted(UUID.randomUUID())).append("\r\n--").append(boundary).append("--\r\n");
        return ApiClient.at("http://localhost:" + port).sendBytes("POST", inboundPath(), "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedPostIsTakenOnceAndUnsignedForgedOrStalePostsAreRefused() throws Exception {
        String now = Long.toString(Instant.now().getEpochSecond());
        String token = UUID.randomUUID().toString().replace("-", "");
        ApiClient.Response signed = form(now, token, sign(KEY, now, token));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        assertThat(signed.field("outcome")).isEqualTo("UNMATCHED");
        long kept = rows("emails", "true");

        assertField(form(now, token, sign(KEY, now, token)), 401, "signature"); // replayed
        String other = UUID.randomUUID().toString().replace("-", "");
        assertField(form(now, other, sign("not-the-key", now, other)), 401, "signature");
        assertField(form(null, null, null), 401, "signature");
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        assertField(form(stale, other, sign(KEY, stale, other)), 401, "signature");
        ApiClient.Response raw = ApiClient.at("http://localhost:" + port).send("POST", inboundPath(), "message/rfc822",
                MESSAGE.formatted(UUID.randomUUID()));
        assertField(raw, 401, "signature");
        assertThat(rows("emails", "true")).as("nothing filed").isEqualTo(kept);
    }
}
