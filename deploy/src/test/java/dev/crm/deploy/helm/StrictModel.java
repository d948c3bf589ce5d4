package dev.crm.deploy.helm;

import static java.util.Map.entry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a rendered object into its fabric8 API type and refuses fields the type does not have. fabric8's
 * models keep unknown fields in {@code additionalProperties} instead of failing (their any-setter runs
 * before FAIL_ON_UNKNOWN_PROPERTIES could), so every object is walked and each of those maps must be empty.
 * The kinds are listed here rather than found by classpath scanning, which costs seconds: a new kind in
 * the chart needs its type here.
 */
final class StrictModel {

    static final Map<String, Class<? extends HasMetadata>> TYPES = Map.ofEntries(
            entry("v1/ConfigMap", ConfigMap.class),
            entry("v1/Secret", Secret.class),
            entry("v1/Service", Service.class),
            entry("v1/ServiceAccount", ServiceAccount.class),
            entry("apps/v1/Deployment", Deployment.class),
            entry("batch/v1/Job", Job.class),
            entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            entry("networking.k8s.io/v1/Ingress", Ingress.class),
            entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            // CloudNativePG has no fabric8 model: read generically, its spec unchecked
            entry("postgresql.cnpg.io/v1/Cluster", GenericKubernetesResource.class));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StrictModel() {}

    static HasMetadata read(String yaml) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            String type = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
            Class<? extends HasMetadata> model = TYPES.get(type);
            if (model == null) throw new AssertionError("no API type for " + type + " (StrictModel.TYPES)");
            HasMetadata resource = YAML.treeToValue(tree, model);
            if (model != GenericKubernetesResource.class) {
                List<String> unknown = new ArrayList<>();
                collectUnknownFields(resource, type + " " + resource.getMetadata().getName(), unknown);
                if (!unknown.isEmpty()) throw new AssertionError("fields the API type does not have: " + unknown);
            }
            return resource;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a Kubernetes object: " + e.getMessage() + "\n" + yaml, e);
        }
    }

    static String json(Object object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void collectUnknownFields(Object value, String path, List<String> unknown) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknownFields(v, path + "." + k, unknown));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) collectUnknownFields(item, path + "[" + i++ + "]", unknown);
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.")) return;
        for (Method getter : GETTERS.get(value.getClass())) {
            if (getter.getName().equals("getAdditionalProperties")) {
                Map<?, ?> extra = (Map<?, ?>) invoke(getter, value);
                if (extra != null && !extra.isEmpty()) unknown.add(path + " " + extra.keySet());
            } else {
                collectUnknownFields(invoke(getter, value), path + "." + getter.getAnnotation(JsonProperty.class).value(), unknown);
            }
        }
    }

    /** Per model class: its field getters (@JsonProperty) and getAdditionalProperties. */
    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getMethods())
                    .filter(m -> m.getParameterCount() == 0)
                    .filter(m -> m.getName().equals("getAdditionalProperties") || m.isAnnotationPresent(JsonProperty.class))
                    .toList();
        }
    };

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }
}
