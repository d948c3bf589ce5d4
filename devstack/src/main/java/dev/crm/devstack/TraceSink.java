package dev.crm.devstack;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A trace sink for the local platform and the system tests: an OTLP/HTTP receiver (protobuf, as
 * Spring Boot's exporter sends it) that keeps the newest {@link #CAPACITY} spans in memory, and a small
 * HTTP API to read them back:
 *
 * <pre>
 * POST   /v1/traces                     OTLP ExportTraceServiceRequest (application/x-protobuf, optionally gzip)
 * GET    /api/spans[?traceId=hex]       -> [{"traceId","spanId","parentSpanId","name","kind","service",
 *                                            "startEpochNanos","endEpochNanos","status","attributes":{..}}]
 * DELETE /api/spans                     -> 204, every span forgotten
 * </pre>
 */
final class TraceSink implements AutoCloseable {

    static final int CAPACITY = 50_000;
    private static final HexFormat HEX = HexFormat.of();

    private final Deque<ReceivedSpan> spans = new ArrayDeque<>();
    private final HttpServer server;
    private final String description;

    private TraceSink(HttpServer server, String description) {
        this.server = server;
        this.description = description;
    }

    static TraceSink start(String bind, int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (IOException e) {
            throw new IOException("OTLP receiver on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        TraceSink sink = new TraceSink(server, "otlp=http://" + bind + ":" + port + "/v1/traces api=http://" + bind + ":" + port + "/api/spans");
        server.createContext("/v1/traces", sink::receive);
        server.createContext("/api/spans", sink::read);
        server.start();
        return sink;
    }

    String describe() {
        return description;
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain", "POST".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (!type.startsWith("application/x-protobuf")) {
                respond(exchange, 415, "text/plain", "application/x-protobuf only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request;
            try {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (IOException e) {
                respond(exchange, 400, "text/plain", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            add(request);
            respond(exchange, 200, "application/x-protobuf", ExportTraceServiceResponse.getDefaultInstance().toByteArray());
        }
    }

    void add(ExportTraceServiceRequest request) {
        List<ReceivedSpan> received = new ArrayList<>();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = attributes(resource.getResource().getAttributesList()).stream()
                    .filter(kv -> kv[0].equals("service.name")).map(kv -> kv[1]).findFirst().orElse(null);
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    received.add(new ReceivedSpan(hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                            span.getName(), span.getKind().name().replace("SPAN_KIND_", ""), service,
                            span.getStartTimeUnixNano(), span.getEndTimeUnixNano(),
                            span.getStatus().getCode().name().replace("STATUS_CODE_", ""), attributes(span.getAttributesList())));
                }
            }
        }
        synchronized (spans) {
            for (ReceivedSpan span : received) {
                spans.addLast(span);
                if (spans.size() > CAPACITY) spans.removeFirst();
            }
        }
    }

    private void read(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    String traceId = queryParameter(exchange, "traceId");
                    List<ReceivedSpan> matching;
                    synchronized (spans) {
                        matching = spans.stream().filter(s -> traceId == null || s.traceId().equals(traceId)).toList();
                    }
                    String json = matching.stream().map(ReceivedSpan::json).collect(Collectors.joining(",", "[", "]"));
                    respond(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
                }
                case "DELETE" -> {
                    synchronized (spans) {
                        spans.clear();
                    }
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> respond(exchange, 405, "application/json", "{\"error\":\"GET or DELETE\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String[]> attributes(List<KeyValue> keyValues) {
        List<String[]> out = new ArrayList<>(keyValues.size());
        for (KeyValue kv : keyValues) out.add(new String[] {kv.getKey(), text(kv.getValue())});
        return out;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            default -> value.toString().trim();
        };
    }

    private static String hex(ByteString bytes) {
        return bytes.isEmpty() ? null : HEX.formatHex(bytes.toByteArray());
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "trace sink " + description;
    }

    record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name, String kind, String service,
                        long startEpochNanos, long endEpochNanos, String status, List<String[]> attributes) {

        String json() {
            String attrs = attributes.stream().map(kv -> MailSink.json(kv[0]) + ":" + MailSink.json(kv[1]))
                    .collect(Collectors.joining(",", "{", "}"));
            return "{\"traceId\":" + MailSink.json(traceId) + ",\"spanId\":" + MailSink.json(spanId)
                    + ",\"parentSpanId\":" + MailSink.json(parentSpanId) + ",\"name\":" + MailSink.json(name)
                    + ",\"kind\":" + MailSink.json(kind) + ",\"service\":" + MailSink.json(service)
                    + ",\"startEpochNanos\":" + startEpochNanos + ",\"endEpochNanos\":" + endEpochNanos
                    + ",\"status\":" + MailSink.json(status) + ",\"attributes\":" + attrs + "}";
        }
    }
}
