package dev.crm.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Values as raw JSON text: a plausible one for a schema, and the hostile ones. */
final class FuzzValues {

    static final int ONE_MEGABYTE = 1024 * 1024;

    /** The body cap of the gateway is 1 MB: a string this long makes a body just under it. */
    static final int JUST_UNDER_THE_CAP = ONE_MEGABYTE - 4096;

    /** A sign that a value goes here, so that bodies can carry text no JSON writer makes (`\ud800`, `NaN`). */
    static final String HOLE = "\"\u0001hole\u0001\"";

    static final byte[] INVALID_UTF8 = {'"', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

    static String plausible(JsonNode schema) {
        if (schema.has("enum")) return quote(schema.path("enum").get(0).asString());
        return switch (type(schema)) {
            case "integer" -> schema.has("minimum") ? String.valueOf(Math.max(1, schema.path("minimum").asLong())) : "1";
            case "number" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> quote(switch (schema.path("format").asString("")) {
                case "uuid" -> UUID.randomUUID().toString();
                case "email" -> "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
                case "date" -> LocalDate.now().plusDays(30).toString();
                case "date-time" -> OffsetDateTime.now().plusDays(1).withNano(0).toString();
                case "uri" -> "https://example.test/fuzz";
                default -> schema.has("pattern") && schema.path("pattern").asString().contains("[A-Z") ? "EUR" : "fuzz";
            });
        };
    }

    /** A value the schema's type never takes, and that Jackson does not coerce (it turns numbers into strings). */
    static String wrongType(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> "\"twelve\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "{\"not\":\"a list\"}";
            case "object" -> "[1,2]";
            default -> "{\"not\":\"text\"}";
        };
    }

    static String type(JsonNode schema) {
        if (schema.has("$ref") || schema.has("properties") || schema.has("additionalProperties")) return "object";
        return schema.path("type").asString("string");
    }

    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private FuzzValues() {}
}
