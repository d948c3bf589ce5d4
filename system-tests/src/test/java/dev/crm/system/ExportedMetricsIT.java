package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator's Grafana and Prometheus read is what the running platform exports: every metric a
 * dashboard of the chart or one of its alerts names is served by some service's {@code /actuator/prometheus},
 * and the business figures move when an organization does something.
 */
class ExportedMetricsIT {

    private static final Path CHART = Path.of("..", "deploy", "helm", "crm");
    /** A metric as the dashboards and rules name it: always with a selector, {@code name{...}}; recording rules' names hold a colon. */
    private static final Pattern METRIC_REFERENCE = Pattern.compile("(?<![\\w:])([a-zA-Z_][a-zA-Z0-9_]*)\\{");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(([a-zA-Z_][a-zA-Z0-9_]*)");

    @Test
    void everyMetricADashboardOrAnAlertNamesIsExported() {
        Platform.Org org = Platform.register("metrics");
        cachedContactRead(org.admin());

        Set<String> named = new TreeSet<>();
        dashboardQueries().forEach(query -> named.addAll(metricsIn(query)));
        int fromDashboards = named.size();
        named.addAll(metricsIn(read(CHART.resolve("templates/prometheusrule.yaml"))));
        assertThat(fromDashboards).as("the dashboards name metrics").isGreaterThan(30);
        assertThat(named).as("the rules' metrics are read too").contains("crm_events_consumer_pending", "crm_organization_requests_total");

        Set<String> exported = new TreeSet<>();
        scrapes().values().forEach(series -> series.keySet().forEach(line -> exported.add(nameOf(line))));
        assertThat(exported).containsAll(named);
    }

    @Test
    void theBusinessFiguresFollowWhatOrganizationsDo() {
        Map<String, Double> before = allSeries();
        Platform.Org org = Platform.register("figures");
        ApiClient admin = org.admin();
        Platform.eventually(Duration.ofSeconds(20), () -> !admin.get("/api/pipelines").json().path("items").isEmpty(),
                "tenant.created gives the default pipeline");
        JsonNode stages = admin.get("/api/pipelines").json().get("items").get(0).get("stages");
        String won = null;
        for (JsonNode stage : stages) if ("WON".equals(stage.path("outcome").asString())) won = stage.get("id").asString();
        ApiClient.Response deal = admin.post("/api/deals", Map.of("name", "Metered", "value", 1234.5, "currency", "CHF"));
        assertThat(deal.status()).as(deal.text()).isEqualTo(201);
        ApiClient.Response closed = admin.patch("/api/deals/" + deal.field("id"), Map.of("stageId", won));
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);

        Map<String, Double> after = allSeries();
        assertThat(delta(before, after, "crm_deals_won_count{application=\"deal-service\",currency=\"CHF\"}"))
                .as("one more deal won in CHF").isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "crm_deals_won_sum{application=\"deal-service\",currency=\"CHF\"}"))
                .as("its value").isGreaterThanOrEqualTo(1234.5);
        assertThat(sumOf(before, after, "crm_registrations_seconds_count{application=\"tenant-service\"")).isGreaterThanOrEqualTo(1);
        Platform.eventually(Duration.ofSeconds(20), () -> allSeries().get("crm_organizations{application=\"tenant-service\",status=\"ACTIVE\"}") > 0,
                "the registry's count of active organizations (read again every 10 s)");
        assertThat(after.get("crm_organization_requests_total{application=\"gateway\",organization=\"" + org.subdomain() + "\"}"))
                .as("the gateway counted the organization's signed-in requests").isGreaterThanOrEqualTo(4);
        assertThat(after.keySet()).as("no per-request series names an organization")
                .noneMatch(line -> line.startsWith("http_server_requests") && line.contains(org.subdomain()));
    }

    /** A contact read by id twice: the second is served by the record cache (crm_cache_gets_total). */
    private static void cachedContactRead(ApiClient admin) {
        ApiClient.Response contact = admin.post("/api/contacts", Map.of("firstName", "Metric", "lastName", "Reader"));
        assertThat(contact.status()).as(contact.text()).isEqualTo(201);
        for (int i = 0; i < 2; i++) assertThat(admin.get("/api/contacts/" + contact.field("id")).status()).isEqualTo(200);
    }

    private static List<String> dashboardQueries() {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(CHART.resolve("dashboards"))) {
            files.filter(f -> f.toString().endsWith(".json")).forEach(file -> {
                JsonNode dashboard = JsonMapper.shared().readTree(read(file));
                dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> queries.add(t.path("expr").asString())));
                dashboard.path("templating").path("list").forEach(v -> queries.add(v.path("query").asString()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        for (Pattern pattern : List.of(METRIC_REFERENCE, LABEL_VALUES)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    /** Each service's exposition, as series (name with labels, the application's first) to value. */
    private static Map<String, Map<String, Double>> scrapes() {
        Map<String, String> endpoints = new HashMap<>();
        Platform.SERVICES.forEach((service, url) -> endpoints.put(service, url + "/actuator/prometheus"));
        endpoints.put("gateway", Platform.GATEWAY_MANAGEMENT + "/actuator/prometheus");
        Map<String, Map<String, Double>> scrapes = new HashMap<>();
        endpoints.forEach((service, url) -> {
            ApiClient.Response r = ApiClient.at(url).get("");
            assertThat(r.status()).as(service + " serves its metrics").isEqualTo(200);
            Map<String, Double> series = new HashMap<>();
            r.text().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                int space = line.lastIndexOf(' ');
                series.put(line.substring(0, space), parse(line.substring(space + 1)));
            });
            scrapes.put(service, series);
        });
        return scrapes;
    }

    private static Map<String, Double> allSeries() {
        Map<String, Double> all = new HashMap<>();
        scrapes().values().forEach(all::putAll);
        return all;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertThat(after).as("exported: " + series).containsKey(series);
        return after.get(series) - before.getOrDefault(series, 0.0);
    }

    /** The growth of every series that starts with {@code prefix} (all outcomes and paths of a timer). */
    private static double sumOf(Map<String, Double> before, Map<String, Double> after, String prefix) {
        return after.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0)).sum();
    }

    private static String nameOf(String series) {
        int brace = series.indexOf('{');
        return brace < 0 ? series : series.substring(0, brace);
    }

    private static double parse(String value) {
        return switch (value) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
