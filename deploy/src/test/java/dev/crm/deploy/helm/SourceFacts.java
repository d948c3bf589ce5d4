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

/** What the services' own sources say: the variables they read. */
final class SourceFacts {

    static final Path REPOSITORY = Path.of("..");
    static final List<String> MODULES = List.of("common-lib", "auth-service", "tenant-service", "contact-service",
            "deal-service", "communication-service", "gateway");

    /** Spring Boot properties the chart sets as environment variables (relaxed binding), not CRM_ variables. */
    static final Set<String> SPRING_PROPERTIES_AS_VARIABLES = Set.of(
            "SERVER_PORT", // server.port: each application.yaml reads ${SERVER_PORT:...} too
            "MANAGEMENT_METRICS_DISTRIBUTION_SLO_HTTP_SERVER_REQUESTS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");

    private SourceFacts() {}

    /** Every ${NAME} placeholder in the services' main resources (application.yaml, crm-defaults.properties). */
    static Set<String> variablesTheCodeReads() {
        Set<String> names = new TreeSet<>();
        sources("src/main/resources", ".yaml", ".properties").forEach(text -> {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) names.add(m.group(1));
        });
        return names;
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
