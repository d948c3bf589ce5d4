package dev.crm.system;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One operation of the merged OpenAPI document, with its parameters and request schema resolved. */
record FuzzOperation(String method, String path, List<Param> params, String bodyType, JsonNode bodySchema) {

    record Param(String in, String name, JsonNode schema) {}

    String name() {
        return method + " " + path;
    }

    List<Param> in(String where) {
        return params.stream().filter(p -> p.in().equals(where)).toList();
    }

    boolean hasJsonBody() {
        return bodyType != null && bodyType.contains("json");
    }

    /** Every GET, POST, PUT, PATCH and DELETE of the document, `$ref`s resolved into `components.schemas`. */
    static List<FuzzOperation> from(JsonNode document) {
        Schemas schemas = new Schemas(document.path("components").path("schemas"));
        List<FuzzOperation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) continue;
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode schema = schemas.resolve(p.path("schema"));
                    // springdoc shows a bound object (`filter`) as one parameter: its properties are the real ones
                    if (p.path("in").asString().equals("query") && schema.has("properties")) {
                        schema.path("properties").properties().forEach(e -> params.add(new Param("query", e.getKey(), schemas.resolve(e.getValue()))));
                    } else {
                        params.add(new Param(p.path("in").asString(), p.path("name").asString(), schema));
                    }
                }
                var content = op.getValue().path("requestBody").path("content");
                String bodyType = content.isObject() && !content.isEmpty() ? content.propertyNames().iterator().next() : null;
                JsonNode bodySchema = bodyType == null ? null : schemas.resolve(content.path(bodyType).path("schema"));
                operations.add(new FuzzOperation(method, path.getKey(), params, bodyType, bodySchema));
            }
        }
        return operations;
    }

    /** A PATCH takes a merge patch the document types as any JSON: the PUT or POST of the same record says what it holds. */
    static List<FuzzOperation> withPatchSchemas(List<FuzzOperation> operations) {
        return operations.stream().map(o -> {
            if (!o.method().equals("PATCH") || o.bodySchema() == null || o.bodySchema().has("properties")) return o;
            String collection = o.path().replaceAll("/\\{[^}]+}$", "");
            JsonNode schema = operations.stream()
                    .filter(other -> other.bodySchema() != null && other.bodySchema().has("properties"))
                    .filter(other -> other.path().equals(o.path()) && other.method().equals("PUT")
                            || other.path().equals(collection) && other.method().equals("POST"))
                    .map(FuzzOperation::bodySchema).findFirst().orElse(o.bodySchema());
            return new FuzzOperation(o.method(), o.path(), o.params(), o.bodyType(), schema);
        }).toList();
    }

    private record Schemas(JsonNode components) {
        JsonNode resolve(JsonNode schema) {
            return resolve(schema, 0);
        }

        private JsonNode resolve(JsonNode schema, int depth) {
            String ref = schema.path("$ref").asString("");
            if (ref.isEmpty() || depth > 8) return schema;
            return resolve(components.path(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
    }
}
