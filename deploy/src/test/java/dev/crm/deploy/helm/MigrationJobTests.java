package dev.crm.deploy.helm;

import static dev.crm.deploy.helm.HelmChartTests.chart;
import static dev.crm.deploy.helm.HelmChartTests.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** templates/migration-job.yaml: each service's image in the migrate-and-exit mode, as a pre-upgrade hook. */
class MigrationJobTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<String> valuesFiles() {
        return HelmChartTests.valuesFiles();
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void runsOnlyBeforeAnUpgradeAfterItsAccountAndPolicy(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        Job job = job(chart);
        assertThat(job.getMetadata().getAnnotations())
                .containsEntry("helm.sh/hook", "pre-upgrade")
                .containsEntry("helm.sh/hook-weight", "0")
                .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
        List<HasMetadata> companions = Stream.concat(chart.all(ServiceAccount.class).stream(), chart.all(NetworkPolicy.class).stream())
                .filter(o -> "migrations".equals(component(o))).map(HasMetadata.class::cast).toList();
        assertThat(companions).as("its ServiceAccount, and its NetworkPolicy when policies are on")
                .hasSize(valuesFile.startsWith("minimal") ? 1 : 2)
                .allSatisfy(o -> assertThat(o.getMetadata().getAnnotations())
                        .as("a hook too: the release's own objects are applied after the Job")
                        .containsEntry("helm.sh/hook", "pre-upgrade")
                        .containsEntry("helm.sh/hook-weight", "-1"));
        assertThat(chart.objects()).as("nothing else is a hook")
                .filteredOn(o -> o.getMetadata().getAnnotations() != null && o.getMetadata().getAnnotations().containsKey("helm.sh/hook"))
                .hasSize(companions.size() + 1);
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void runsEachServicesImageInTheMigrateModeOneAfterAnotherTenantFirst(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        Job job = job(chart);
        assertThat(job.getSpec().getBackoffLimit()).isEqualTo(1);
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(1800);
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getInitContainers()).extracting(Container::getName).containsExactly("tenant", "auth", "contact", "deal");
        assertThat(pod.getContainers()).extracting(Container::getName).containsExactly("communication");
        Map<String, String> deployedImages = chart.deployments().stream().collect(Collectors.toMap(
                HelmChartTests::component, d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()));
        for (Container c : containers(job)) {
            assertThat(c.getImage()).as(c.getName() + " runs the image its Deployment is upgraded to").isEqualTo(deployedImages.get(c.getName()));
            assertThat(c.getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                    .contains(org.assertj.core.groups.Tuple.tuple("CRM_MIGRATE_AND_EXIT", "true"));
            assertThat(c.getEnvFrom()).as(c.getName() + ": the old ConfigMap is not read; its settings are the Job's own").isEmpty();
            assertThat(c.getEnv()).extracting(EnvVar::getName).contains("CRM_DB_URL", "CRM_DB_USER", "CRM_DB_PASSWORD");
            assertThat(c.getPorts()).as(c.getName() + " serves nothing").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void everyContainerHasResourcesAndTheDeploymentsRestrictedSecurityContext(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        Job job = job(chart);
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(chart.all(ServiceAccount.class)).anySatisfy(sa -> {
            assertThat(sa.getMetadata().getName()).isEqualTo(pod.getServiceAccountName());
            assertThat(sa.getAutomountServiceAccountToken()).isFalse();
        });
        for (Container c : containers(job)) {
            assertThat(c.getResources().getRequests()).as(c.getName() + " requests").containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(c.getName() + " limits").containsKeys("cpu", "memory");
            var security = c.getSecurityContext();
            assertThat(security.getRunAsNonRoot()).as(c.getName()).isTrue();
            assertThat(security.getReadOnlyRootFilesystem()).as(c.getName()).isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as(c.getName()).isFalse();
            assertThat(security.getCapabilities().getDrop()).as(c.getName()).containsExactly("ALL");
            assertThat(c.getVolumeMounts()).as(c.getName() + " a writable /tmp").anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void readsOnlySecretsThatExistBeforeTheReleaseIsApplied(String valuesFile) throws IOException {
        RenderedChart chart = chart(valuesFile);
        Job job = job(chart);
        Set<String> read = new HashSet<>();
        containers(job).forEach(c -> c.getEnv().stream().map(EnvVar::getValueFrom).filter(Objects::nonNull)
                .forEach(from -> {
                    assertThat(from.getConfigMapKeyRef()).isNull();
                    read.add(from.getSecretKeyRef().getName());
                }));
        job.getSpec().getTemplate().getSpec().getVolumes().stream().map(Volume::getSecret).filter(Objects::nonNull)
                .forEach(secret -> read.add(secret.getSecretName()));

        JsonNode values = values(valuesFile);
        Set<String> operators = new HashSet<>();
        if (values.at("/postgresql/cnpg/enabled").asBoolean()) {
            assertThat(chart.objects()).anySatisfy(o -> assertThat(o.getKind()).isEqualTo("Cluster"));
            operators.addAll(List.of("crm-pg-app", "crm-pg-ca")); // made by CloudNativePG for the Cluster
        } else {
            operators.add(values.at("/postgresql/external/existingSecret").asText());
            operators.add(values.at("/postgresql/external/caSecret").asText());
        }
        assertThat(read).as("the PostgreSQL password (and CA): Secrets of the operator or CloudNativePG")
                .isNotEmpty().isSubsetOf(operators);
        assertThat(chart.secrets()).extracting(s -> s.getMetadata().getName())
                .as("none the release makes itself: they are applied after the hook").doesNotContainAnyElementsOf(read);
        Set<String> secretValues = chart.secrets().stream().flatMap(HelmChartTests::secretValues).collect(Collectors.toSet());
        containers(job).forEach(c -> c.getEnv().stream().filter(e -> e.getValue() != null)
                .forEach(e -> assertThat(secretValues).as(e.getName()).noneMatch(e.getValue()::contains)));
        Set<String> set = containers(job).stream().flatMap(c -> c.getEnv().stream()).map(EnvVar::getName).collect(Collectors.toSet());
        assertThat(SourceFacts.variablesTheCodeReads()).containsAll(set);
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void itsPodsReachOnlyTheDnsAndPostgresql(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        List<NetworkPolicy> policies = chart.all(NetworkPolicy.class);
        if (policies.isEmpty()) return;
        Map<String, String> podLabels = job(chart).getSpec().getTemplate().getMetadata().getLabels();
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .toList();
        assertThat(selecting).as("the default deny and its own policy").hasSize(2);
        NetworkPolicy own = selecting.stream().filter(p -> "migrations".equals(component(p))).findFirst().orElseThrow();
        assertThat(own.getSpec().getIngress()).isEmpty();
        assertThat(own.getSpec().getEgress()).flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getPort().getIntVal())
                .containsExactlyInAnyOrder(53, 53, 5432);
        assertThat(chart.deployments()).as("no Deployment's pods are the Job's")
                .noneSatisfy(d -> assertThat(podLabels).containsAllEntriesOf(d.getSpec().getTemplate().getMetadata().getLabels()));
    }

    @Test
    void isNotRenderedWhenDisabled() {
        RenderedChart chart = RenderedChart.render("default-values.yaml", c -> c.set("migrations.job.enabled", false));
        assertThat(chart.all(Job.class)).isEmpty();
        assertThat(chart.objects()).noneMatch(o -> "migrations".equals(component(o)));
        assertThat(chart.objects()).hasSize(HelmChartTests.OBJECTS.get("default-values.yaml") - 3);
    }

    private static Job job(RenderedChart chart) {
        List<Job> jobs = chart.all(Job.class);
        assertThat(jobs).as(chart.valuesFile() + ": the migration Job").hasSize(1);
        return jobs.get(0);
    }

    private static List<Container> containers(Job job) {
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream()).toList();
    }

    /** values.yaml with the ci/ file over it, as Helm merges them. */
    private static JsonNode values(String valuesFile) throws IOException {
        ObjectNode merged = (ObjectNode) YAML.readTree(RenderedChart.CHART.resolve("values.yaml").toFile());
        JsonNode overrides = YAML.readTree(RenderedChart.CHART.resolve("ci").resolve(valuesFile).toFile());
        merge(merged, overrides);
        return merged;
    }

    private static void merge(ObjectNode into, JsonNode overrides) {
        if (overrides == null || !overrides.isObject()) return;
        overrides.fields().forEachRemaining(e -> {
            if (into.get(e.getKey()) instanceof ObjectNode child && e.getValue().isObject()) merge(child, e.getValue());
            else into.set(e.getKey(), e.getValue());
        });
    }
}
