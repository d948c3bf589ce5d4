package dev.crm.deploy.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the services' own sources say: the variables they read and the meters they register. */
final class SourceFacts {

    static final Path REPOSITORY = Path.of("..");
    static final List<String> MODULES = List.of("common-lib", "auth-service", "tenant-service", "contact-service",
            "deal-service", "communication-service", "gateway");

    /** Spring Boot properties the chart sets as environment variables (relaxed binding), not CRM_ variables. */
    static final Set<String> SPRING_PROPERTIES_AS_VARIABLES = Set.of(
            "SERVER_PORT", // server.port: each application.yaml reads ${SERVER_PORT:...} too
            "MANAGEMENT_METRICS_DISTRIBUTION_SLO_HTTP_SERVER_REQUESTS");

    /** Meters Spring Boot registers for every service: HTTP server timers and the Hikari pool. */
    static final Set<String> SPRING_METRICS = Set.of(
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "http_server_requests_seconds_bucket",
            "hikaricp_connections_active", "hikaricp_connections_idle", "hikaricp_connections_pending",
            "hikaricp_connections_max", "hikaricp_connections_min", "hikaricp_connections");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");
    private static final Pattern COUNTER = Pattern.compile("(?:Counter\\.builder|\\.counter)\\(\\s*\"(crm\\.[a-z.]+)\"");
    private static final Pattern GAUGE = Pattern.compile("(?:Gauge\\.builder|\\.gauge)\\(\\s*\"(crm\\.[a-z.]+)\"");
    private static final Pattern METRIC_REFERENCE = Pattern.compile("\\b((?:crm|hikaricp|http_server)_[a-z_]+)\\b");

    private SourceFacts() {}

    /** Every ${NAME} placeholder in the services' main resources (application.yaml, crm-defaults.properties). */
    static Set<String> variablesTheCodeReads() {
        Set<String> names = new TreeSet<>();
        sources("src/main/resources", ".yaml", ".properties").forEach(text -> collect(PLACEHOLDER.matcher(text), names, ""));
        return names;
    }

    /** Prometheus names of the meters the services register, with Spring Boot's own. */
    static Set<String> exportedMetrics() {
        Set<String> names = new TreeSet<>(SPRING_METRICS);
        sources("src/main/java", ".java").forEach(text -> {
            collect(COUNTER.matcher(text), names, "_total");
            collect(GAUGE.matcher(text), names, "");
        });
        return names;
    }

    static Set<String> metricNamesIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC_REFERENCE.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static void collect(Matcher m, Set<String> into, String suffix) {
        while (m.find()) into.add(m.group(1).replace('.', '_') + suffix);
    }

    private static Stream<String> sources(String folder, String... extensions) {
        return MODULES.stream().map(module -> REPOSITORY.resolve(module).resolve(folder)).filter(Files::isDirectory)
                .flatMap(dir -> {
                    try (Stream<Path> files = Files.walk(dir)) {
                        return files.filter(f -> Stream.of(extensions).anyMatch(f.toString()::endsWith)).toList().stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
