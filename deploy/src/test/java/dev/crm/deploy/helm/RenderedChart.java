package dev.crm.deploy.helm;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The chart rendered by the embedded Helm (helm template) and read into the Kubernetes API types. */
record RenderedChart(String valuesFile, String manifest, List<HasMetadata> objects) {

    static final Path CHART = Path.of("helm/crm");
    static final String RELEASE = "crm";
    static final String NAMESPACE = "crm";

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    /** Renders with {@code ci/<valuesFile>}; the schema is checked by Helm first. */
    static RenderedChart render(String valuesFile) {
        return render(valuesFile, command -> {});
    }

    static RenderedChart render(String valuesFile, Consumer<com.marcnuri.helm.TemplateCommand> settings) {
        FakeKubernetesApi.get();
        var command = new Helm(HookfulCopy.PATH).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion("1.31.0")
                .withValuesFile(HookfulCopy.PATH.resolve("ci").resolve(valuesFile));
        settings.accept(command);
        String yaml = command.call().replace(HookfulCopy.STAND_IN, HookfulCopy.HOOK);
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
            if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) continue;
            objects.add(StrictModel.read(document));
        }
        return new RenderedChart(valuesFile, yaml, objects);
    }

    /**
     * helm-java's template prints the release's manifest only, without its hooks (helm template prints
     * both). So the chart is rendered from a copy whose hook annotations are renamed, which makes the hooks
     * ordinary objects of the manifest, and the annotations are named back in the output.
     */
    private static final class HookfulCopy {
        static final String HOOK = "helm.sh/hook";
        static final String STAND_IN = "chart-test.invalid/hook";
        static final Path PATH = copy();

        private static Path copy() {
            try {
                Path target = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chart-with-hooks-");
                try (Stream<Path> files = Files.walk(CHART)) {
                    for (Path file : files.toList()) {
                        Path to = target.resolve(CHART.relativize(file).toString());
                        if (Files.isDirectory(file)) Files.createDirectories(to);
                        else Files.writeString(to, Files.readString(file).replace(HOOK, STAND_IN));
                    }
                }
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<ConfigMap> configMaps() {
        return all(ConfigMap.class);
    }

    List<Secret> secrets() {
        return all(Secret.class);
    }

    /** Objects per kind, for the report. */
    Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        objects.forEach(o -> counts.merge(o.getKind(), 1, Integer::sum));
        return counts;
    }
}
