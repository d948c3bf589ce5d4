package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One trace follows a request from the gateway to the activity another service records from its event:
 * gateway -> deal-service -> outbox -> JetStream -> communication-service. The spans are read back from
 * the OTLP receiver that ./crm points the platform's services at (devstack, CRM_TRACES_API_URL).
 */
class TracesIT {

    private static final ApiClient TRACES = ApiClient.at(System.getenv().getOrDefault("CRM_TRACES_API_URL", "http://127.0.0.1:4318"));
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aDealMovedThroughTheGatewayIsOneTraceUntilTheCommunicationServiceRecordsIt() {
        Platform.Org org = Platform.register("traces");
        ApiClient admin = org.admin();
        Platform.eventually(Duration.ofSeconds(20), () -> !admin.get("/api/pipelines").json().path("items").isEmpty(),
                "tenant.created gives the default pipeline");
        JsonNode stages = admin.get("/api/pipelines").json().get("items").get(0).get("stages");
        ApiClient.Response deal = admin.post("/api/deals", Map.of("name", "Traced", "value", 1000));
        assertThat(deal.status()).as(deal.text()).isEqualTo(201);

        // the caller's own span: the gateway continues its trace (W3C traceparent, sampled)
        String traceId = hex(16);
        String callerSpanId = hex(8);
        ApiClient.Response moved = admin.with("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .patch("/api/deals/" + deal.field("id"), Map.of("stageId", stages.get(1).get("id").asString(), "name", "Traced deal " + traceId));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        Platform.eventually(Duration.ofSeconds(20), () -> admin.get("/api/activities?dealId=" + deal.field("id")).json()
                .path("items").findValuesAsString("subject").contains("Moved from Lead to Qualified"), "the move on the deal's timeline");

        // each service exports its spans in batches (every 5 s by default)
        Platform.eventually(Duration.ofSeconds(30), () -> {
            List<JsonNode> trace = spans(traceId);
            return find(trace, "gateway", "CLIENT", name -> true).isPresent()
                    && find(trace, "deal-service", "PRODUCER", name -> name.equals("publish crm.events.deal.stage_changed")).isPresent()
                    && find(trace, "communication-service", "CONSUMER", name -> name.equals("process crm.events.deal.stage_changed")).isPresent();
        }, "the gateway's, the deal-service's and the communication-service's spans of trace " + traceId);
        List<JsonNode> trace = spans(traceId);

        JsonNode gatewayServer = only(trace, "gateway", "SERVER", name -> true);
        assertThat(parent(gatewayServer)).as("the gateway continues the caller's trace").isEqualTo(callerSpanId);
        JsonNode gatewayClient = only(trace, "gateway", "CLIENT", name -> true);
        assertThat(parent(gatewayClient)).as("the proxied call").isEqualTo(id(gatewayServer));
        JsonNode dealServer = only(trace, "deal-service", "SERVER", name -> name.contains("/api/deals/{id}"));
        assertThat(parent(dealServer)).as("the deal-service's request, called by the gateway").isEqualTo(id(gatewayClient));
        JsonNode publish = only(trace, "deal-service", "PRODUCER", name -> name.equals("publish crm.events.deal.stage_changed"));
        assertThat(ancestors(trace, publish)).as("the relay's publish continues the request that wrote the event")
                .contains(id(dealServer));
        assertThat(publish.get("attributes").get("messaging.system").asString()).isEqualTo("nats");
        JsonNode consumed = only(trace, "communication-service", "CONSUMER", name -> name.equals("process crm.events.deal.stage_changed"));
        assertThat(parent(consumed)).as("the consumer's span is a child of the publish").isEqualTo(id(publish));
        assertThat(consumed.get("attributes").get("crm.tenant_id").asString()).isEqualTo(org.id());

        // JDBC: the statements the request ran are spans of its trace, with their SQL and never their values
        List<JsonNode> statements = trace.stream().filter(s -> "deal-service".equals(s.get("service").asString())
                && "query".equals(s.get("name").asString()) && ancestors(trace, s).contains(id(dealServer))).toList();
        assertThat(statements).as("the deal-service's statements under its request").isNotEmpty();
        assertThat(statements).anySatisfy(s -> assertThat(s.get("attributes").get("jdbc.query[0]").asString())
                .startsWith("update deals").contains("?"));
        assertThat(trace).as("no statement's values (the deal's name) in any span")
                .noneMatch(s -> s.get("attributes").toString().contains("Traced deal " + traceId));
    }

    private static List<JsonNode> spans(String traceId) {
        List<JsonNode> spans = new ArrayList<>();
        TRACES.get("/api/spans?traceId=" + traceId).json().forEach(spans::add);
        return spans;
    }

    private static Optional<JsonNode> find(List<JsonNode> trace, String service, String kind, Predicate<String> name) {
        return trace.stream().filter(s -> service.equals(s.get("service").asString()) && kind.equals(s.get("kind").asString())
                && name.test(s.get("name").asString())).findFirst();
    }

    private static JsonNode only(List<JsonNode> trace, String service, String kind, Predicate<String> name) {
        List<JsonNode> found = trace.stream().filter(s -> service.equals(s.get("service").asString())
                && kind.equals(s.get("kind").asString()) && name.test(s.get("name").asString())).toList();
        assertThat(found).as("one %s %s span in %s", service, kind, trace).hasSize(1);
        return found.get(0);
    }

    private static List<String> ancestors(List<JsonNode> trace, JsonNode span) {
        List<String> ids = new ArrayList<>();
        String parent = parent(span);
        while (parent != null && !ids.contains(parent)) {
            ids.add(parent);
            String current = parent;
            parent = trace.stream().filter(s -> current.equals(id(s))).findFirst().map(TracesIT::parent).orElse(null);
        }
        return ids;
    }

    private static String id(JsonNode span) {
        return span.get("spanId").asString();
    }

    private static String parent(JsonNode span) {
        JsonNode parent = span.get("parentSpanId");
        return parent == null || parent.isNull() ? null : parent.asString();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
