package dev.crm.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraceSinkTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;
    private TraceSink sink;

    @BeforeEach
    void startTheSink() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        sink = TraceSink.start("127.0.0.1", port);
    }

    @AfterEach
    void stopTheSink() {
        sink.close();
    }

    @Test
    void keepsTheSpansItReceivesAndAnswersThemByTrace() throws Exception {
        HttpResponse<byte[]> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/traces"))
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", null).toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/traces"))
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export("11111111111111111111111111111111", "2222222222222222", null).toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(posted.statusCode()).isEqualTo(200);
        String spans = get("/api/spans?traceId=0af7651916cd43dd8448eb211c80319c");
        assertThat(spans).contains("\"spanId\":\"b7ad6b7169203331\"", "\"parentSpanId\":null", "\"service\":\"deal-service\"",
                "\"kind\":\"SERVER\"", "\"http.route\":\"/api/deals/{id}\"").doesNotContain("2222222222222222");

        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/spans")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(get("/api/spans")).isEqualTo("[]");
    }

    @Test
    void refusesWhatIsNotProtobuf() throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/traces"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(415);
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static ExportTraceServiceRequest export(String traceId, String spanId, String parentId) {
        Span.Builder span = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex(traceId)))
                .setSpanId(ByteString.copyFrom(HexFormat.of().parseHex(spanId)))
                .setName("http put /api/deals/{id}").setKind(Span.SpanKind.SPAN_KIND_SERVER)
                .addAttributes(KeyValue.newBuilder().setKey("http.route").setValue(AnyValue.newBuilder().setStringValue("/api/deals/{id}")));
        if (parentId != null) span.setParentSpanId(ByteString.copyFrom(HexFormat.of().parseHex(parentId)));
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                        .setValue(AnyValue.newBuilder().setStringValue("deal-service"))))
                .addScopeSpans(ScopeSpans.newBuilder().addSpans(span))).build();
    }
}
