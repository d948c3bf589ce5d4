package dev.crm.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** values.schema.json is strict at every level, and the chart's README documents every value. */
class ChartDocumentationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyObjectOfTheSchemaRefusesKeysItDoesNotName() throws IOException {
        JsonNode schema = JSON.readTree(RenderedChart.CHART.resolve("values.schema.json").toFile());
        List<String> open = new ArrayList<>();
        walkSchema(schema, "", open);
        assertThat(open).as("objects without additionalProperties: false (or a string map)").isEmpty();
    }

    @Test
    void theReadmeDocumentsEveryValue() throws IOException {
        JsonNode schema = JSON.readTree(RenderedChart.CHART.resolve("values.schema.json").toFile());
        JsonNode values = YAML.readTree(RenderedChart.CHART.resolve("values.yaml").toFile());
        String readme = Files.readString(RenderedChart.CHART.resolve("README.md"));
        List<String> leaves = new ArrayList<>();
        collectValues(values, schema, schema, "", leaves);
        assertThat(leaves).hasSizeGreaterThan(80);
        assertThat(leaves).as("values missing from the README's table")
                .allSatisfy(path -> assertThat(documented(readme, path)).as(path).isTrue());
    }

    private static boolean documented(String readme, String path) {
        if (readme.contains("| `" + path + "` |")) return true;
        String[] parts = path.split("\\.");
        for (int n = parts.length - 1; n >= 2; n--) {
            String ancestor = String.join(".", java.util.Arrays.copyOf(parts, n));
            if (readme.contains("| `" + ancestor + ".*` |") || (n >= 3 && readme.contains("| `" + ancestor + "` |"))) return true;
        }
        return false;
    }

    private static void walkSchema(JsonNode node, String path, List<String> open) {
        if (!node.isObject()) return;
        boolean isObject = node.has("properties") || "object".equals(node.path("type").asText());
        if (isObject && !path.equals("/definitions")) {
            JsonNode additional = node.get("additionalProperties");
            boolean strict = additional != null && (additional.isBoolean() && !additional.asBoolean()
                    || "string".equals(additional.path("type").asText()));
            if (!strict) open.add(path.isEmpty() ? "/" : path);
        }
        node.fields().forEachRemaining(e -> walkSchema(e.getValue(), path + "/" + e.getKey(), open));
    }

    private static void collectValues(JsonNode value, JsonNode schema, JsonNode root, String path, List<String> leaves) {
        if (schema.has("$ref")) schema = root.at(schema.get("$ref").asText().substring(1));
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            boolean services = path.equals("services");
            value.fields().forEachRemaining(e -> collectValues(e.getValue(), properties.path(e.getKey()), root,
                    (path.isEmpty() ? "" : path + ".") + (services ? "<s>" : e.getKey()), leaves));
        } else if (!leaves.contains(path)) {
            leaves.add(path);
        }
    }
}
