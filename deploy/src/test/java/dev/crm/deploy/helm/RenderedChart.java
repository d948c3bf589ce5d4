package dev.crm.deploy.helm;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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
        var command = new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion("1.31.0")
                .withValuesFile(CHART.resolve("ci").resolve(valuesFile));
        settings.accept(command);
        String yaml = command.call();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
            if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) continue;
            objects.add(StrictModel.read(document));
        }
        return new RenderedChart(valuesFile, yaml, objects);
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
