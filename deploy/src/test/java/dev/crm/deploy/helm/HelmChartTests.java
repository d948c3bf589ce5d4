package dev.crm.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The chart rendered with each ci/ values file, read into the Kubernetes API types and held to the rules of issue 15. */
class HelmChartTests {

    /** Objects rendered per values file: the chart's README quotes these. */
    static final Map<String, Integer> OBJECTS = Map.of(
            "default-values.yaml", 36,
            "production-values.yaml", 48,
            "existing-secrets-values.yaml", 35,
            "minimal-values.yaml", 28);

    static final Set<String> SERVICES = Set.of("gateway", "auth", "tenant", "contact", "deal", "communication");

    private static final Map<String, RenderedChart> RENDERED = new ConcurrentHashMap<>();

    static Stream<String> valuesFiles() {
        return OBJECTS.keySet().stream().sorted();
    }

    static RenderedChart chart(String valuesFile) {
        return RENDERED.computeIfAbsent(valuesFile, RenderedChart::render);
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void rendersOnlyKubernetesApiTypesWithoutUnknownFields(String valuesFile) {
        RenderedChart chart = chart(valuesFile); // each object read strictly (StrictModel)
        System.out.printf("%s: %d objects %s%n", valuesFile, chart.objects().size(), chart.countByKind());
        assertThat(chart.objects()).hasSize(OBJECTS.get(valuesFile));
        assertThat(chart.deployments()).extracting(d -> component(d)).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void everyContainerHasResourcesProbesAndARestrictedSecurityContext(String valuesFile) {
        for (Deployment deployment : chart(valuesFile).deployments()) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String name = deployment.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            assertThat(pod.getTerminationGracePeriodSeconds()).as(name).isPositive();
            assertThat(pod.getContainers()).as(name).isNotEmpty();
            for (Container c : pod.getContainers()) {
                String where = name + "/" + c.getName();
                for (String kind : List.of("requests", "limits")) {
                    var amounts = kind.equals("requests") ? c.getResources().getRequests() : c.getResources().getLimits();
                    assertThat(amounts).as(where + " " + kind).containsKeys("cpu", "memory");
                }
                assertThat(path(c.getStartupProbe())).as(where + " startup").isEqualTo("/actuator/health/liveness");
                assertThat(path(c.getLivenessProbe())).as(where + " liveness").isEqualTo("/actuator/health/liveness");
                assertThat(path(c.getReadinessProbe())).as(where + " readiness").isEqualTo("/actuator/health/readiness");
                String probePort = c.getReadinessProbe().getHttpGet().getPort().getStrVal();
                assertThat(probePort).as(where + " probe port").isEqualTo(component(deployment).equals("gateway") ? "management" : "http");
                var security = c.getSecurityContext();
                assertThat(security.getRunAsNonRoot()).as(where).isTrue();
                assertThat(security.getReadOnlyRootFilesystem()).as(where).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(where).isFalse();
                assertThat(security.getCapabilities().getDrop()).as(where).containsExactly("ALL");
                assertThat(c.getVolumeMounts()).as(where + " a writable /tmp")
                        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
                assertThat(c.getLifecycle().getPreStop().getSleep().getSeconds()).as(where + " preStop").isPositive();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void rollingUpdatesNeverTakeAPodAwayBeforeItsSuccessorIsReady(String valuesFile) {
        for (Deployment deployment : chart(valuesFile).deployments()) {
            var rolling = deployment.getSpec().getStrategy().getRollingUpdate();
            assertThat(rolling.getMaxUnavailable().getIntVal()).as(deployment.getMetadata().getName()).isZero();
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations()).containsKey("checksum/config");
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void everyDeploymentHasItsServiceAccountServiceDisruptionBudgetAndAnAutoscalerWhenEnabled(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        boolean autoscaled = valuesFile.startsWith("production");
        for (Deployment deployment : chart.deployments()) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

            String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            assertThat(chart.all(ServiceAccount.class)).as(name + " service account")
                    .anySatisfy(sa -> {
                        assertThat(sa.getMetadata().getName()).isEqualTo(account);
                        assertThat(sa.getAutomountServiceAccountToken()).isFalse();
                    });
            assertThat(chart.all(PodDisruptionBudget.class)).as(name + " PDB")
                    .filteredOn(pdb -> podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()))
                    .hasSize(1);
            assertThat(chart.all(Service.class)).as(name + " Service")
                    .filteredOn(s -> podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                    .hasSize(1);
            var autoscalers = chart.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).toList();
            if (autoscaled) {
                assertThat(autoscalers).as(name + " HPA").hasSize(1);
                assertThat(deployment.getSpec().getReplicas()).as(name + " replicas left to the HPA").isNull();
            } else {
                assertThat(autoscalers).as(name + " HPA").isEmpty();
                assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isPositive();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void noSecretValueAppearsInAConfigMapOrAnEnvironmentLiteral(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        Set<String> secretValues = chart.secrets().stream().flatMap(HelmChartTests::secretValues).collect(Collectors.toSet());
        Pattern secretName = Pattern.compile("SECRET|PASSWORD|SIGNING_KEY|_CREDS$|NKEY_FILE$|REDIS_URL|NATS_URL");
        for (var configMap : chart.configMaps()) {
            configMap.getData().forEach((key, value) -> {
                assertThat(secretValues).as("ConfigMap " + configMap.getMetadata().getName() + " " + key)
                        .noneMatch(secret -> value.contains(secret));
                if (!key.endsWith(".json") && secretName.matcher(key).find()) {
                    assertThat(key).as("a secret variable in a ConfigMap may only be an address without credentials")
                            .isIn("CRM_NATS_URL", "CRM_REDIS_URL");
                    assertThat(value).as(key).doesNotContain("@");
                }
            });
        }
        for (Deployment deployment : chart.deployments()) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : c.getEnv()) {
                    String where = deployment.getMetadata().getName() + " " + env.getName();
                    if (env.getValue() != null) {
                        assertThat(secretValues).as(where).noneMatch(secret -> env.getValue().contains(secret));
                        assertThat(env.getName()).as(where + " is a literal: only file paths may name secrets")
                                .satisfiesAnyOf(
                                        n -> assertThat(secretName.matcher(n).find()).isFalse(),
                                        n -> assertThat(env.getValue()).startsWith("/etc/crm/"));
                    } else {
                        assertThat(env.getValueFrom().getSecretKeyRef()).as(where).isNotNull();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void everyPodHasANetworkPolicyAndOnlyTheGatewayAcceptsTheIngressController(String valuesFile) {
        RenderedChart chart = chart(valuesFile);
        List<NetworkPolicy> policies = chart.all(NetworkPolicy.class);
        if (valuesFile.startsWith("minimal")) {
            assertThat(policies).as("networkPolicy.enabled: false").isEmpty();
            return;
        }
        Map<String, String> ingressController = Map.of("kubernetes.io/metadata.name", "ingress-nginx");
        for (Deployment deployment : chart.deployments()) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicy> selecting = policies.stream()
                    .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(selecting).as(deployment.getMetadata().getName() + ": the default deny and its own policy")
                    .hasSize(2)
                    .anySatisfy(p -> {
                        assertThat(p.getSpec().getIngress()).isEmpty();
                        assertThat(p.getSpec().getEgress()).isEmpty();
                        assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                    });
            boolean acceptsIngressController = selecting.stream()
                    .flatMap(p -> p.getSpec().getIngress().stream())
                    .flatMap(rule -> rule.getFrom().stream())
                    .map(NetworkPolicyPeer::getNamespaceSelector)
                    .filter(Objects::nonNull)
                    .anyMatch(ns -> ingressController.equals(ns.getMatchLabels()));
            assertThat(acceptsIngressController).as(deployment.getMetadata().getName())
                    .isEqualTo(component(deployment).equals("gateway"));
        }
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void eachServiceAcceptsOnlyTheServicesThatCallIt(String valuesFile) {
        List<NetworkPolicy> policies = chart(valuesFile).all(NetworkPolicy.class);
        if (policies.isEmpty()) return;
        // who calls whom: CRM_*_URL in the services' application.yaml (the JWKS of the auth-service for everyone)
        Map<String, Set<String>> callers = Map.of(
                "auth", Set.of("gateway", "tenant", "contact", "deal", "communication"),
                "tenant", Set.of("gateway"),
                "contact", Set.of("gateway", "tenant"),
                "deal", Set.of("gateway", "tenant"),
                "communication", Set.of("gateway", "tenant", "auth"));
        callers.forEach((service, expected) -> {
            NetworkPolicy policy = policies.stream()
                    .filter(p -> service.equals(p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/component")))
                    .findFirst().orElseThrow();
            Set<String> allowed = policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .map(NetworkPolicyPeer::getPodSelector)
                    .filter(Objects::nonNull)
                    .map(selector -> selector.getMatchLabels().get("app.kubernetes.io/component"))
                    .collect(Collectors.toSet());
            assertThat(allowed).as(service + " accepts").isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void setsOnlyVariablesTheCodeReads(String valuesFile) {
        Set<String> read = SourceFacts.variablesTheCodeReads();
        RenderedChart chart = chart(valuesFile);
        Set<String> set = new TreeSet<>();
        chart.configMaps().stream().filter(cm -> cm.getMetadata().getName().endsWith("-config"))
                .forEach(cm -> set.addAll(cm.getData().keySet()));
        chart.deployments().forEach(d -> d.getSpec().getTemplate().getSpec().getContainers()
                .forEach(c -> c.getEnv().forEach(e -> set.add(e.getName()))));
        set.removeAll(SourceFacts.SPRING_PROPERTIES_AS_VARIABLES);
        assertThat(read).containsAll(set);
    }

    @Test
    void productionKeepsThreeCopiesOfTheEventStream() {
        assertThat(configValue(chart("default-values.yaml"), "CRM_NATS_STREAM_REPLICAS")).isEqualTo("1");
        assertThat(configValue(chart("production-values.yaml"), "CRM_NATS_STREAM_REPLICAS")).isEqualTo("3");
        assertThatThrownBy(() -> RenderedChart.render("default-values.yaml", c -> c.set("nats.streamReplicas", 2)))
                .hasMessageContaining("streamReplicas");
    }

    private static String configValue(RenderedChart chart, String key) {
        return chart.configMaps().stream().filter(cm -> cm.getMetadata().getName().endsWith("-config"))
                .map(cm -> cm.getData().get(key)).filter(Objects::nonNull).findFirst().orElseThrow();
    }

    @Test
    void lintPassesStrictly() {
        var result = new com.marcnuri.helm.Helm(RenderedChart.CHART).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void theIngressSendsTheHostAndTheOrganizationsWildcardOnlyToTheGatewaysPublicPort() {
        var ingress = chart("production-values.yaml").all(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class);
        assertThat(ingress).hasSize(1);
        var spec = ingress.get(0).getSpec();
        assertThat(spec.getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.get(0).getMetadata().getAnnotations()).containsEntry("cert-manager.io/cluster-issuer", "letsencrypt-dns");
        assertThat(spec.getTls().get(0).getHosts()).containsExactly("crm.example.com", "*.crm.example.com");
        assertThat(spec.getRules()).extracting(r -> r.getHost()).containsExactly("crm.example.com", "*.crm.example.com");
        spec.getRules().stream().flatMap(r -> r.getHttp().getPaths().stream()).forEach(p -> {
            assertThat(p.getBackend().getService().getName()).isEqualTo("crm-gateway");
            assertThat(p.getBackend().getService().getPort().getName()).isEqualTo("http");
        });
    }

    /** Which metrics they name is checked against the running platform: system-tests' ExportedMetricsIT. */
    @Test
    void grafanaGetsEveryDashboardAndPrometheusEveryAlert() throws IOException {
        RenderedChart chart = chart("production-values.yaml");
        Map<String, String> dashboards = chart.configMaps().stream().filter(cm -> cm.getMetadata().getName().endsWith("-dashboards"))
                .findFirst().orElseThrow().getData();
        try (Stream<Path> files = Files.list(RenderedChart.CHART.resolve("dashboards"))) {
            assertThat(dashboards.keySet()).containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString()).toList());
        }
        Set<String> uids = new TreeSet<>();
        dashboards.values().forEach(text -> {
            JsonNode dashboard = readJson(text);
            assertThat(uids.add(dashboard.path("uid").asText())).as("uid %s is unique", dashboard.path("uid")).isTrue();
            List<Integer> ids = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> {
                ids.add(panel.path("id").asInt());
                assertThat(panel.path("targets")).as("panel %s queries something", panel.path("title")).isNotEmpty();
            });
            assertThat(ids).as("panel ids of %s", dashboard.path("uid")).doesNotHaveDuplicates();
        });
        assertThat(uids).contains("crm-red", "crm-events", "crm-runtime", "crm-business");
        String rules = chart.objects().stream().filter(o -> o.getKind().equals("PrometheusRule"))
                .map(StrictModel::json).collect(Collectors.joining());
        assertThat(rules).contains("CrmConsumerLagging", "CrmEmailQueueStale", "CrmOutboxStale", "CrmRegistrationsFailing", "CrmTenantMigrationFailed",
                "crm:organization_requests:rate5m");
    }

    private static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGeneratedSecretsAreKeptAcrossUpgradesWithTheKeysAnOperatorAdded() {
        String name = "crm-secrets";
        Map<String, String> existing = new HashMap<>();
        for (String key : List.of("internal-secret", "tracking-secret", "inbound-secret", "internal-secret-previous")) {
            existing.put(key, Base64.getEncoder().encodeToString(("kept-" + key + "-0123456789abcdef0123456789").getBytes(StandardCharsets.UTF_8)));
        }
        String json = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\""
                + RenderedChart.NAMESPACE + "\"},\"type\":\"Opaque\",\"data\":{"
                + existing.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(","))
                + "}}";
        FakeKubernetesApi api = FakeKubernetesApi.get();
        api.storeSecret(name, json);
        try {
            Secret upgraded = RenderedChart.render("default-values.yaml").secrets().get(0);
            assertThat(upgraded.getData()).isEqualTo(existing);
            assertThat(upgraded.getMetadata().getAnnotations()).containsEntry("helm.sh/resource-policy", "keep");
        } finally {
            api.removeSecret(name);
        }
        Secret installed = RenderedChart.render("default-values.yaml").secrets().get(0);
        assertThat(installed.getData()).containsOnlyKeys("internal-secret", "tracking-secret", "inbound-secret");
        assertThat(installed.getData().values()).allSatisfy(v -> assertThat(Base64.getDecoder().decode(v)).hasSize(48));
    }

    @Test
    void theSigningKeyIsTheOperatorsSecretMountedWhereTheAuthServiceReadsIt() {
        Deployment auth = chart("existing-secrets-values.yaml").deployments().stream()
                .filter(d -> component(d).equals("auth")).findFirst().orElseThrow();
        PodSpec pod = auth.getSpec().getTemplate().getSpec();
        Container c = pod.getContainers().get(0);
        assertThat(pod.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("jwt");
            assertThat(v.getSecret().getSecretName()).isEqualTo("crm-jwt");
        });
        assertThat(c.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getName()).isEqualTo("jwt");
            assertThat(m.getMountPath()).isEqualTo("/etc/crm/jwt");
        });
        assertThat(c.getEnv()).extracting(EnvVar::getName, EnvVar::getValue).contains(
                org.assertj.core.groups.Tuple.tuple("CRM_JWT_KEY_PATH", "/etc/crm/jwt/current.pem"),
                org.assertj.core.groups.Tuple.tuple("CRM_JWT_PREVIOUS_KEY_PATH", "/etc/crm/jwt/previous.pem"));
        assertThat(c.getEnv()).extracting(EnvVar::getName).doesNotContain("CRM_JWT_GENERATE_IF_MISSING");
    }

    @Test
    void theStrictReadingRefusesAFieldTheApiTypeDoesNotHave() {
        String misspelt = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x
                          securityContext: {readOnlyRootFileSystem: true}
                """;
        assertThatThrownBy(() -> StrictModel.read(misspelt)).hasMessageContaining("readOnlyRootFileSystem");
    }

    static Stream<String> secretValues(Secret secret) {
        Stream<String> data = secret.getData() == null ? Stream.empty()
                : secret.getData().values().stream().map(v -> new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8));
        Stream<String> stringData = secret.getStringData() == null ? Stream.empty() : secret.getStringData().values().stream();
        return Stream.concat(data, stringData).filter(v -> !v.isEmpty());
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    static String component(HasMetadata object) {
        return object.getMetadata().getLabels().get("app.kubernetes.io/component");
    }
}
