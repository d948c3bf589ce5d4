package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import dev.crm.testing.InternalPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every port of the platform probed as an attacker inside the network would: the service-to-service
 * routes under every spelling of their path, actuator endpoints beyond health and metrics, and every
 * documented route without a token. The gateway is probed too, but the services' own ports matter most.
 */
class SideDoorsIT {

    /** Routes that answer without a token by design: sign-in and its kin, registration, keys, tracking links. */
    private static final List<String> PUBLIC_PREFIXES = List.of(
            "/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/auth/register", "/api/auth/password/", "/api/auth/email/confirm",
            "/api/auth/invitations/", "/api/auth/organizations/find", "/api/tenants/register", "/.well-known/", "/t/");

    private static final List<String> HIDDEN_ACTUATOR_ENDPOINTS = List.of(
            "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics", "/actuator/conditions",
            "/actuator/scheduledtasks", "/actuator/caches", "/actuator/sbom", "/actuator/startup", "/actuator/flyway",
            "/actuator/logfile", "/actuator/httpexchanges", "/actuator/auditevents", "/actuator/gateway/routes");

    static Platform.Org org;
    static String orgSchema;

    @BeforeAll
    static void organization() {
        org = Platform.register("doors");
        orgSchema = Platform.schemaOf(org);
    }

    private static List<String> everyPort() {
        List<String> ports = new ArrayList<>(Platform.SERVICES.values());
        ports.add(Platform.GATEWAY);
        return ports;
    }

    @Test
    void noPortRunsAServiceToServiceRouteWithoutTheSecretHoweverItsPathIsSpelled() {
        String schema = "doors" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_1";
        UUID provisioning = UUID.randomUUID();
        Platform.execute("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, 'Side door', ?, 'PROVISIONING')",
                provisioning, schema.replace('_', '-'), schema);
        Platform.execute("create schema " + schema);
        Map<String, Object> routes = Map.of(
                "/internal/tenants/" + provisioning + "/schema", Map.of(),
                "/internal/tenants/" + provisioning + "/admin", Map.of("email", "intruder@doors.test", "fullName", "Intruder", "password", "intruder-password-1"),
                "/internal/tenants/" + org.id() + "/emails", Map.of("to", "victim@doors.test", "subject", "Hello", "html", "<p>phish</p>", "sensitive", false));
        int probes = 0;
        for (String port : everyPort()) {
            ApiClient client = ApiClient.at(port);
            for (var route : routes.entrySet()) {
                List<String> spellings = Stream.concat(Stream.of(route.getKey()), InternalPaths.spellingsOf(route.getKey()).stream()).toList();
                for (String path : spellings) {
                    ApiClient.Response r = probe(() -> client.post(path, route.getValue()), port + path);
                    assertThat(r.status()).as(port + path + " answered " + r.text()).isBetween(400, 499);
                    probes++;
                }
                assertThat(client.with("X-Internal-Secret", "guess").post(route.getKey(), route.getValue()).status()).as(port + route.getKey()).isEqualTo(404);
            }
        }
        assertThat(Platform.count("select count(*) from information_schema.tables where table_schema = ?", schema)).as("tables made").isZero();
        // counted by recipient: the organization's own welcome email arrives in the background meanwhile
        assertThat(Platform.count("select count(*) from " + orgSchema + ".emails where 'victim@doors.test' = any(to_addresses)"))
                .as("emails queued").isZero();
        assertThat(probes).isEqualTo(everyPort().size() * routes.size() * (1 + InternalPaths.spellingsOf("/internal/x").size()));
    }

    @Test
    void noPortShowsActuatorEndpointsBeyondHealthAndMetrics() {
        List<String> ports = new ArrayList<>(everyPort());
        ports.add(Platform.GATEWAY_MANAGEMENT);
        for (String port : ports) {
            ApiClient client = ApiClient.at(port);
            for (String path : HIDDEN_ACTUATOR_ENDPOINTS) {
                assertThat(client.get(path).status()).as(port + path).isIn(401, 403, 404);
            }
            assertThat(client.post("/actuator/shutdown", null).status()).as(port + " shutdown").isIn(401, 403, 404);
        }
        for (String port : Platform.SERVICES.values()) {
            assertThat(ApiClient.at(port).get("/actuator/health/readiness").status()).as(port).isEqualTo(200);
        }
        assertThat(ApiClient.at(Platform.GATEWAY_MANAGEMENT).get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void everyDocumentedRouteOfEveryServiceNeedsATokenButThePublicOnes() {
        int probed = 0;
        for (String port : everyPort()) {
            ApiClient client = ApiClient.at(port);
            ApiClient.Response docs = client.get("/v3/api-docs");
            assertThat(docs.status()).as(port + "/v3/api-docs").isEqualTo(200);
            for (var path : docs.json().path("paths").properties()) {
                // public by design; the internal routes have a test of their own above
                if (PUBLIC_PREFIXES.stream().anyMatch(path.getKey()::startsWith) || path.getKey().startsWith("/internal/")) continue;
                String concrete = path.getKey().replaceAll("\\{[^}/]+}", UUID.randomUUID().toString());
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) continue;
                    ApiClient.Response r = client.send(method, concrete, bodyType(operation.getValue()), bodyType(operation.getValue()) == null ? null : "{}");
                    assertThat(r.status()).as(method + " " + port + concrete + " without a token: " + r.text()).isEqualTo(401);
                    assertThat(r.contentType()).as(method + " " + port + concrete).startsWith("application/problem+json");
                    probed++;
                }
            }
        }
        assertThat(probed).as("routes probed").isGreaterThan(100);
    }

    private static ApiClient.Response probe(java.util.function.Supplier<ApiClient.Response> request, String what) {
        try {
            return request.get();
        } catch (IllegalStateException e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
    }

    private static String bodyType(JsonNode operation) {
        return operation.path("requestBody").isMissingNode() ? null : "application/json";
    }
}
