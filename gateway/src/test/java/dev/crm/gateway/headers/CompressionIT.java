package dev.crm.gateway.headers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.gateway.Upstream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a browser downloads: the app's hashed assets compressed (the build's .br or .gz, whichever it
 * accepts) and kept for a year; the entry page checked each time; the API's JSON compressed.
 */
class CompressionIT extends GatewayTest {

    private static final String ASSET = "/assets/probe-T3st1ng.js";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHashedAssetGoesOutAsTheBrotliOrGzipFileTheBrowserAcceptsAndIsKeptForAYear() throws Exception {
        String original = Files.readString(Path.of("src/test/resources/static" + ASSET));

        HttpResponse<byte[]> brotli = get(ASSET, "gzip, deflate, br, zstd");
        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.body()).as("the build's .br file").isEqualTo(Files.readAllBytes(Path.of("src/test/resources/static" + ASSET + ".br")));
        assertThat(brotli.body().length).isLessThan(original.length() / 5);
        assertThat(brotli.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(brotli.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(brotli.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");

        HttpResponse<byte[]> gzip = get(ASSET, "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(original);

        HttpResponse<byte[]> plain = get(ASSET, null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(original);
    }

    @Test
    void theApisJsonIsCompressedForAClientThatAcceptsGzip() throws Exception {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(gateway() + Upstream.LARGE_PAGE))
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + memberToken(UUID.randomUUID()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).isEqualTo(Upstream.largePage());
        assertThat(page.headers().firstValue("Cache-Control")).as("data is still never stored").hasValue("no-store");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path));
        if (acceptEncoding != null) request.header("Accept-Encoding", acceptEncoding);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
