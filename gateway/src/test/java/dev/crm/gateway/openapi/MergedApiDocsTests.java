package dev.crm.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.crm.gateway.GatewayProperties;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's one OpenAPI document: a service that did not answer is in the next document, not missing for a minute. */
class MergedApiDocsTests {

    private static final List<String> SERVICES = List.of("auth", "tenant", "contact", "deal", "communication");

    private HttpServer server;
    /** The services whose document answers 503 for now. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void services() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String service : SERVICES) {
            server.createContext("/" + service + "/v3/api-docs", exchange -> {
                boolean down = failing.contains(service);
                byte[] body = ("{\"paths\":{\"/api/" + service + "\":{\"get\":{}},\"/internal/" + service + "\":{\"post\":{}}}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(down ? 503 : 200, down ? -1 : body.length);
                if (!down) exchange.getResponseBody().write(body);
                exchange.close();
            });
        }
        server.start();
        // the first call of the JVM sets Reactor Netty up, which can outlast the 3 s a service is given on a busy machine
        docs().apiDocs().block();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private MergedApiDocs docs() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        var services = new GatewayProperties.Services(base + "auth", base + "tenant", base + "contact", base + "deal", base + "communication");
        return new MergedApiDocs(new GatewayProperties(services, null, List.of(), 0, 0, 0, null, List.of(), null, null),
                JsonMapper.builder().build());
    }

    private static List<String> paths(JsonNode document) {
        return document.path("paths").propertyNames().stream().sorted().toList();
    }

    @Test
    void aServiceThatDidNotAnswerIsInTheNextDocument() {
        MergedApiDocs docs = docs();
        failing.add("deal");
        assertThat(paths(docs.apiDocs().block())).containsExactly("/api/auth", "/api/communication", "/api/contact", "/api/tenant");

        failing.clear();
        assertThat(paths(docs.apiDocs().block())).as("asked again, not kept without the deal-service")
                .containsExactly("/api/auth", "/api/communication", "/api/contact", "/api/deal", "/api/tenant");
    }

    @Test
    void aWholeDocumentIsKeptAndNeverShowsInternalRoutes() {
        MergedApiDocs docs = docs();
        assertThat(paths(docs.apiDocs().block())).hasSize(5).noneMatch(path -> path.startsWith("/internal/"));
        failing.addAll(SERVICES);
        assertThat(paths(docs.apiDocs().block())).as("kept for a minute").hasSize(5);
    }
}
