package dev.crm.gateway.openapi;

import dev.crm.gateway.GatewayProperties;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document for the whole platform: the services' documents merged (paths and schemas),
 * without their internal endpoints, served at /v3/api-docs and shown by Swagger UI at /swagger-ui.html.
 * A service that does not answer is left out rather than failing the document, and such a document is
 * not kept: the next request asks again (a service that starts, or generates its document slowly the
 * first time, is in the next one). A whole document is kept for a minute.
 */
@RestController
class MergedApiDocs {

    private final WebClient http = WebClient.create();
    private final JsonMapper json;
    private final Map<String, String> services;
    private final Mono<JsonNode> cached;

    MergedApiDocs(GatewayProperties crm, JsonMapper json) {
        this.json = json;
        GatewayProperties.Services s = crm.services();
        this.services = new LinkedHashMap<>();
        services.put("auth", s.auth());
        services.put("tenant", s.tenant());
        services.put("contact", s.contact());
        services.put("deal", s.deal());
        services.put("communication", s.communication());
        this.cached = merge().cache(merged -> merged.whole() ? Duration.ofMinutes(1) : Duration.ZERO, e -> Duration.ZERO, () -> Duration.ZERO)
                .map(Merged::document);
    }

    /** The merged document, and whether every service's part is in it. */
    private record Merged(JsonNode document, boolean whole) {}

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<JsonNode> apiDocs() {
        return cached;
    }

    private Mono<Merged> merge() {
        return Flux.fromIterable(services.values())
                .flatMapSequential(url -> http.get().uri(url + "/v3/api-docs").retrieve().bodyToMono(String.class)
                        .timeout(Duration.ofSeconds(3))
                        .map(json::readTree)
                        .onErrorResume(e -> Mono.empty()))
                .collectList()
                .map(documents -> new Merged(combine(documents), documents.size() == services.size()));
    }

    JsonNode combine(List<JsonNode> documents) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "CRM platform API");
        info.put("version", "v1");
        info.put("description", "Every route clients call through the gateway. Authenticate with a Bearer access token from "
                + "POST /api/auth/login; name the organization with X-Tenant or its subdomain.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = merged.putObject("components").putObject("schemas");
        merged.withObject("/components").putObject("securitySchemes").putObject("bearer")
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        merged.putArray("security").addObject().putArray("bearer");
        for (JsonNode doc : documents) {
            doc.path("paths").properties().forEach(e -> {
                if (!e.getKey().startsWith("/internal/")) paths.set(e.getKey(), e.getValue());
            });
            doc.path("components").path("schemas").properties().forEach(e -> schemas.set(e.getKey(), e.getValue()));
        }
        return merged;
    }
}
