package dev.crm.deploy.compose;

import static dev.crm.deploy.support.RepositoryFiles.list;
import static dev.crm.deploy.support.RepositoryFiles.map;
import static dev.crm.deploy.support.RepositoryFiles.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deploy.support.RepositoryFiles;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml: health-gated, pinned, and configured as README and ./crm configure the services. */
class ComposeFileTests {

    static final Set<String> INFRASTRUCTURE = Set.of("postgres", "nats", "redis", "mailpit");
    static final Set<String> OBSERVABILITY = Set.of("prometheus", "grafana", "jaeger");
    /** Variables ./crm sets only for its tests (hundreds of registrations from one address). */
    static final Set<String> TEST_ONLY = Set.of("CRM_REGISTRATIONS_PER_HOUR_PER_CLIENT", "CRM_REGISTRATIONS_PER_HOUR");
    static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?-([^}]*))?}");

    final Map<String, Object> compose = RepositoryFiles.yaml(RepositoryFiles.path("docker-compose.yml"));
    final Map<String, Object> services = map(compose.get("services"), "services");

    Map<String, Object> service(String name) {
        return map(services.get(name), name);
    }

    /** A service's environment with ${VAR:-default} replaced by its default (what runs without a .env). */
    Map<String, String> environment(String name) {
        Map<String, String> env = new HashMap<>();
        map(service(name).getOrDefault("environment", Map.of()), name + ".environment")
                .forEach((k, v) -> env.put(k, withDefaults(String.valueOf(v))));
        return env;
    }

    static String withDefaults(String value) {
        return INTERPOLATION.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
    }

    @Test
    void runsTheInfrastructureTheSixServicesAndTheObservabilityStack() {
        Set<String> expected = new TreeSet<>(INFRASTRUCTURE);
        expected.addAll(RepositoryFiles.SERVICES);
        expected.addAll(OBSERVABILITY);
        assertThat(new TreeSet<>(services.keySet())).isEqualTo(expected);
    }

    @Test
    void everyContainerHasAHealthcheckAndStartsOnlyWhenWhatItNeedsIsHealthy() {
        services.forEach((name, value) -> {
            Map<String, Object> svc = map(value, name);
            Map<String, Object> health = map(svc.get("healthcheck"), name + ".healthcheck");
            List<String> test = strings(health.get("test"));
            assertThat(test).as(name).isNotEmpty().doesNotContain("NONE");
            assertThat(test.get(0)).as(name).isIn("CMD", "CMD-SHELL");
            assertThat(health.get("disable")).as(name).isNotEqualTo(true);
            Object dependsOn = svc.get("depends_on");
            if (dependsOn != null) {
                assertThat(dependsOn).as(name + ": the list form of depends_on waits for nothing").isInstanceOf(Map.class);
                map(dependsOn, name + ".depends_on").forEach((dependency, how) -> {
                    assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
                    assertThat(map(how, dependency)).as(name + " -> " + dependency).containsEntry("condition", "service_healthy");
                });
            }
        });
        for (String svc : RepositoryFiles.SERVICES) {
            assertThat(map(service(svc).get("depends_on"), svc).keySet()).as(svc).contains("redis");
        }
        assertThat(map(service("gateway").get("depends_on"), "gateway").keySet())
                .as("the gateway starts when every service is ready")
                .containsAll(RepositoryFiles.SERVICES.subList(0, 5));
    }

    @Test
    void imagesArePinnedToVersionsAndTheServicesAreBuiltFromTheOneDockerfile() {
        services.forEach((name, value) -> {
            Map<String, Object> svc = map(value, name);
            if (RepositoryFiles.SERVICES.contains(name)) {
                assertThat(svc).as(name).doesNotContainKey("image");
                Map<String, Object> build = map(svc.get("build"), name + ".build");
                assertThat(build).containsEntry("context", ".").containsEntry("dockerfile", "deploy/docker/Dockerfile");
                assertThat(map(build.get("args"), name + ".build.args")).containsEntry("SERVICE", name);
            } else {
                String image = String.valueOf(svc.get("image"));
                assertThat(image).as(name).matches("[a-z0-9./-]+:[A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*(@sha256:[0-9a-f]{64})?");
                assertThat(image).as(name).doesNotContain(":latest");
                assertThat(svc).as(name).doesNotContainKey("build");
            }
        });
        assertThat(withDefaults(String.valueOf(service("postgres").get("image")))).startsWith("postgres:15.");
    }

    @Test
    void everyServiceGetsEachVariableThatTheReadmeRequiresAndThatCrmSets() {
        Set<String> needed = new LinkedHashSet<>(CrmScript.serviceVariables());
        needed.removeAll(TEST_ONLY);
        needed.addAll(ReadmeConfiguration.requiredVariables());
        assertThat(needed).contains("CRM_DB_URL", "CRM_NATS_URL", "CRM_REDIS_URL", "CRM_SMTP_HOST", "CRM_SMTP_PORT",
                "CRM_INTERNAL_SECRET", "CRM_TRACKING_SECRET", "CRM_INBOUND_SECRET", "CRM_JWT_KEY_PATH", "CRM_PUBLIC_URL",
                "SERVER_PORT");
        for (String svc : RepositoryFiles.SERVICES) {
            assertThat(environment(svc).keySet()).as(svc).containsAll(needed);
            environment(svc).forEach((k, v) -> assertThat(v).as(svc + " " + k).isNotBlank());
        }
    }

    @Test
    void addressesNameComposeServicesAndThePortsTheyListenOn() {
        Map<String, String> env = environment("gateway");
        Map<String, String> urlOf = Map.of(
                "CRM_AUTH_URL", "auth-service", "CRM_TENANT_URL", "tenant-service", "CRM_CONTACT_URL", "contact-service",
                "CRM_DEAL_URL", "deal-service", "CRM_COMMUNICATION_URL", "communication-service", "CRM_GATEWAY_URL", "gateway");
        urlOf.forEach((variable, svc) ->
                assertThat(env.get(variable)).as(variable).isEqualTo("http://" + svc + ":" + environment(svc).get("SERVER_PORT")));
        for (String svc : RepositoryFiles.SERVICES) {
            assertThat(environment(svc).get("SERVER_PORT")).as(svc).isEqualTo(String.valueOf(CrmScript.basePort(svc)));
        }
        Map<String, String> postgres = environment("postgres");
        assertThat(env.get("CRM_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(env.get("CRM_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(env.get("CRM_DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(env.get("CRM_NATS_URL")).isEqualTo("nats://nats:4222");
        assertThat(env.get("CRM_REDIS_URL")).isEqualTo("redis://redis:6379");
        assertThat(env.get("CRM_SMTP_HOST")).isEqualTo("mailpit");
        assertThat(env.get("CRM_SMTP_PORT")).as("mailpit's SMTP port").isEqualTo("1025");
        assertThat(env.get("CRM_PUBLIC_URL")).isEqualTo("http://localhost:8080");
        assertThat(strings(service("gateway").get("ports"))).contains("127.0.0.1:8080:8080");
    }

    @Test
    void secretsAreLongEnoughMarkedDevelopmentOnlyAndListedInTheEnvExample() {
        for (String secret : List.of("CRM_INTERNAL_SECRET", "CRM_TRACKING_SECRET", "CRM_INBOUND_SECRET")) {
            String value = environment("communication-service").get(secret);
            assertThat(value).as(secret).hasSizeGreaterThanOrEqualTo(32).contains("development-only");
        }
        assertThat(environment("auth-service")).containsEntry("CRM_JWT_GENERATE_IF_MISSING", "true");
        assertThat(strings(service("auth-service").get("tmpfs")))
                .as("the generated key lives where the auth-service may write")
                .anySatisfy(t -> assertThat(environment("auth-service").get("CRM_JWT_KEY_PATH")).startsWith(t.split(":")[0] + "/"));

        Map<String, String> example = new HashMap<>();
        for (String line : RepositoryFiles.read(RepositoryFiles.path(".env.example")).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) example.put(line.split("=", 2)[0], line.split("=", 2)[1]);
        }
        Matcher m = INTERPOLATION.matcher(RepositoryFiles.read(RepositoryFiles.path("docker-compose.yml")));
        while (m.find()) {
            assertThat(example).as(".env.example lists " + m.group(1)).containsKey(m.group(1));
            assertThat(example.get(m.group(1))).as(m.group(1) + " as in docker-compose.yml").isEqualTo(m.group(2));
        }
        assertThat(RepositoryFiles.read(RepositoryFiles.path(".gitignore"))).contains("\n.env\n");
    }

    @Test
    void serviceHealthchecksAskForReadinessOnTheirActuatorPort() {
        for (String svc : RepositoryFiles.SERVICES) {
            Map<String, String> env = environment(svc);
            String port = svc.equals("gateway") ? env.get("CRM_GATEWAY_MANAGEMENT_PORT") : env.get("SERVER_PORT");
            assertThat(strings(map(service(svc).get("healthcheck"), svc).get("test")))
                    .as(svc).containsExactly("CMD", "sh", "/opt/crm/readiness.sh", port);
            assertThat(strings(service(svc).get("volumes"))).as(svc)
                    .contains("./deploy/compose/readiness.sh:/opt/crm/readiness.sh:ro");
            assertThat(map(service(svc).get("healthcheck"), svc).get("start_period"))
                    .as(svc + ": a start migrates every tenant schema").isNotNull();
        }
        assertThat(environment("gateway").get("CRM_GATEWAY_MANAGEMENT_PORT")).isEqualTo("8180");
        assertThat(RepositoryFiles.read(RepositoryFiles.path("gateway/src/main/resources/application.yaml")))
                .contains("port: ${CRM_GATEWAY_MANAGEMENT_PORT:8180}");
        assertThat(RepositoryFiles.path("deploy/compose/readiness.sh")).exists();
    }

    @Test
    void prometheusScrapesEveryServiceByItsComposeNameAndActuatorPort() {
        Map<String, Object> prometheus = RepositoryFiles.yaml(RepositoryFiles.path("deploy/compose/prometheus.yml"));
        Set<String> targets = new TreeSet<>();
        for (Object job : list(prometheus.get("scrape_configs"), "scrape_configs")) {
            Map<String, Object> scrape = map(job, "scrape_config");
            assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Object config : list(scrape.get("static_configs"), "static_configs")) {
                targets.addAll(strings(map(config, "static_config").get("targets")));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (String svc : RepositoryFiles.SERVICES) {
            Map<String, String> env = environment(svc);
            expected.add(svc + ":" + (svc.equals("gateway") ? env.get("CRM_GATEWAY_MANAGEMENT_PORT") : env.get("SERVER_PORT")));
        }
        assertThat(targets).isEqualTo(expected);
        assertThat(strings(service("prometheus").get("volumes")))
                .contains("./deploy/compose/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        assertThat(RepositoryFiles.read(RepositoryFiles.path("common-lib/src/main/resources/crm-defaults.properties")))
                .contains("management.endpoints.web.exposure.include=health,info,prometheus");
    }

    @Test
    void grafanaHasPrometheusJaegerAndTheChartsDashboards() {
        Map<String, Object> datasources =
                RepositoryFiles.yaml(RepositoryFiles.path("deploy/compose/grafana/provisioning/datasources/datasources.yml"));
        assertThat(list(datasources.get("datasources"), "datasources"))
                .extracting(d -> map(d, "datasource").get("type") + " " + map(d, "datasource").get("url"))
                .containsExactlyInAnyOrder("prometheus http://prometheus:9090", "jaeger http://jaeger:16686");
        Map<String, Object> dashboards =
                RepositoryFiles.yaml(RepositoryFiles.path("deploy/compose/grafana/provisioning/dashboards/dashboards.yml"));
        Object path = map(map(list(dashboards.get("providers"), "providers").get(0), "provider").get("options"), "options").get("path");
        assertThat(strings(service("grafana").get("volumes")))
                .contains("./deploy/helm/crm/dashboards:" + path + ":ro", "./deploy/compose/grafana/provisioning:/etc/grafana/provisioning:ro");
    }

    @Test
    void natsRunsJetStreamThatSyncsBeforeItAcknowledges() {
        String conf = RepositoryFiles.read(RepositoryFiles.path("deploy/compose/nats.conf"));
        assertThat(conf).contains("jetstream {", "sync_interval: always", "http: 8222", "port: 4222");
        assertThat(strings(service("nats").get("command"))).contains("-js", "-c");
        assertThat(String.join(" ", strings(map(service("nats").get("healthcheck"), "nats").get("test"))))
                .contains("http://127.0.0.1:8222/healthz");
        assertThat(String.valueOf(service("nats").get("image"))).endsWith("-alpine").as("the healthcheck needs busybox wget");
    }

    @Test
    void tracesGoToJaegerOverOtlpHttp() {
        for (String svc : RepositoryFiles.SERVICES) {
            assertThat(environment(svc)).as(svc)
                    .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://jaeger:4318/v1/traces");
        }
        // Jaeger v2 receives OTLP on 4318 without configuration; its health is on 13133
        assertThat(String.valueOf(service("jaeger").get("image"))).startsWith("jaegertracing/jaeger:2.");
        assertThat(String.join(" ", strings(map(service("jaeger").get("healthcheck"), "jaeger").get("test"))))
                .contains("http://127.0.0.1:13133/status");
    }

    @Test
    void publishedPortsListenOnLoopbackOnly() {
        services.forEach((name, value) -> {
            for (String port : strings(map(value, name).get("ports"))) {
                assertThat(port).as(name).startsWith("127.0.0.1:");
            }
        });
    }
}
