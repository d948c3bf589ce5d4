package dev.crm.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies sent chunked (no Content-Length) through the gateway, whose limits in these tests are 64 KB,
 * 256 KB for uploads and 512 KB for the CSV import.
 */
class RequestSizeLimitIT extends GatewayTest {

    private static final String MULTIPART = "multipart/form-data; boundary=xyz";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void forgetTheLastUpload() {
        UPSTREAM.forget();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() throws Exception {
        HttpResponse<String> answer = sendChunked("/api/contacts", "application/json", 200 * 1024);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("64 KB");
        assertThat(UPSTREAM.last() == null || UPSTREAM.last().bodyBytes() < 200 * 1024).isTrue();
    }

    @Test
    void aChunkedUploadOverItsLimitIsRefused() throws Exception {
        HttpResponse<String> answer = sendChunked("/api/communications/attachments", MULTIPART, 400 * 1024);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("256 KB");
    }

    @Test
    void aChunkedUploadWithinItsLimitArrivesWhole() throws Exception {
        HttpResponse<String> answer = sendChunked("/api/contacts/import", MULTIPART, 400 * 1024);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(UPSTREAM.last().bodyBytes()).isEqualTo(400 * 1024);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        HttpRequest request = signedIn("/api/contacts", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[100 * 1024])).build();

        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(UPSTREAM.last()).isNull();
    }

    private HttpResponse<String> sendChunked(String path, String contentType, int bytes) throws IOException, InterruptedException {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'a');
        // a body of unknown length goes out with Transfer-Encoding: chunked
        HttpRequest request = signedIn(path, contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAddressOverEightKilobytesIsAProblemNotABareRefusal() throws Exception {
        HttpResponse<String> longPath = http.send(signedIn("/api/contacts/" + "a".repeat(10 * 1024), "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> longQuery = http.send(signedIn("/api/contacts?q=" + "q".repeat(20 * 1024), "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : java.util.List.of(longPath, longQuery)) {
            assertThat(answer.statusCode()).isEqualTo(414);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("8 KB");
        }
    }

    private HttpRequest.Builder signedIn(String path, String contentType) {
        return HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Authorization", "Bearer " + memberToken(UUID.randomUUID())).header("Content-Type", contentType);
    }
}
