package dev.crm.system;

import static dev.crm.system.FuzzValues.HOLE;
import static dev.crm.system.FuzzValues.quote;
import static dev.crm.system.FuzzValues.utf8;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The hostile requests for one operation, made from its parameters and request schema; at most {@link #MAX_PER_OPERATION}. */
final class FuzzCases {

    static final int MAX_PER_OPERATION = 15;

    /** Routes that sign in, register or read links: a few malformed bodies each, so no session, organization or lock-out comes of them. */
    static final int MAX_PER_PUBLIC_OPERATION = 4;

    private static final List<String> BAD_IDS = List.of("abc", "-1", "a".repeat(10 * 1024), "%00");

    private final Map<String, String> realIds;
    private final Random random;
    private int bigBodiesLeft = 2;

    /** realIds: a record of the organization per collection ("contacts", "stages", ...), for requests that need one to reach their checks. */
    FuzzCases(Map<String, String> realIds, long seed) {
        this.realIds = realIds;
        this.random = new Random(seed);
    }

    static boolean isPublic(FuzzOperation op) {
        return op.path().startsWith("/api/auth/") && !op.path().equals("/api/auth/profile")
                || op.path().equals("/api/tenants/register") || op.path().startsWith("/t/") || op.path().startsWith("/.well-known/");
    }

    List<FuzzCase> casesFor(FuzzOperation op) {
        List<FuzzCase> always = new ArrayList<>();
        List<FuzzCase> sampled = new ArrayList<>();
        String path = pathWith(op, Map.of());
        if (op.hasJsonBody()) {
            bodyCases(op, path, always, sampled);
        } else if (op.bodyType() != null) {
            always.add(new FuzzCase(op, "json instead of " + op.bodyType(), path, "application/json", utf8("{}"), true));
            always.add(new FuzzCase(op, "broken multipart", path, "multipart/form-data; boundary=fuzz", utf8("--fuzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx"), true));
        }
        for (FuzzOperation.Param p : op.in("path")) {
            for (String bad : BAD_IDS) always.add(withBaseBody(op, "path " + p.name() + "=" + abbreviate(bad), pathWith(op, Map.of(p.name(), bad)), true));
            sampled.add(withBaseBody(op, "path " + p.name() + "=random uuid", pathWith(op, Map.of(p.name(), UUID.randomUUID().toString())), true));
        }
        for (FuzzOperation.Param p : op.in("query")) queryCases(op, path, p, sampled);
        if (always.isEmpty() && sampled.isEmpty()) always.add(withBaseBody(op, "as documented", path, false));
        int max = isPublic(op) ? MAX_PER_PUBLIC_OPERATION : MAX_PER_OPERATION;
        Collections.shuffle(always, random);
        Collections.shuffle(sampled, random);
        List<FuzzCase> cases = new ArrayList<>(always.subList(0, Math.min(max, always.size())));
        if (isPublic(op)) return cases.stream().filter(FuzzCase::refused).toList();
        cases.addAll(sampled.subList(0, Math.min(max - cases.size(), sampled.size())));
        return cases;
    }

    private void bodyCases(FuzzOperation op, String path, List<FuzzCase> always, List<FuzzCase> sampled) {
        var properties = new ArrayList<Map.Entry<String, JsonNode>>(op.bodySchema().path("properties").properties());
        String first = properties.isEmpty() ? "fuzz" : properties.get(0).getKey();
        JsonNode firstSchema = properties.isEmpty() ? op.bodySchema() : properties.get(0).getValue();
        always.add(body(op, path, "malformed json", utf8("{\"" + first + "\": "), true));
        always.add(body(op, path, "empty body", new byte[0], true));
        always.add(body(op, path, "unknown field", utf8(baseWith(op, "fuzzUnknownField", "1")), true));
        always.add(body(op, path, "invalid utf-8", invalidUtf8(baseWith(op, first, HOLE)), true));
        always.add(body(op, path, "nested 10000 deep", utf8(baseWith(op, first, FuzzValues.nestedArrays(10_000))), true));
        always.add(body(op, path, "duplicated key", utf8(duplicated(baseWith(op, first, FuzzValues.plausible(firstSchema)), first, FuzzValues.plausible(firstSchema))), true));
        for (var property : properties) {
            String name = property.getKey();
            JsonNode schema = property.getValue();
            sampled.add(body(op, path, name + " wrong type", utf8(baseWith(op, name, FuzzValues.wrongType(schema))), true));
            switch (FuzzValues.type(schema)) {
                case "string" -> {
                    for (var v : Map.of("empty", "\"\"", "NUL", "\"a\\u0000b\"",
                            "RTL override", "\"\\u202efuzz\"", "combining marks", "\"e" + "\\u0301".repeat(500) + "\"").entrySet()) {
                        sampled.add(body(op, path, name + " " + v.getKey(), utf8(baseWith(op, name, v.getValue())), false));
                    }
                    // half a character would be stored as '?': every service refuses it
                    sampled.add(body(op, path, name + " lone surrogate", utf8(baseWith(op, name, "\"\\ud800\"")), true));
                    if (bigBodiesLeft > 0 && !isPublic(op)) {
                        bigBodiesLeft--;
                        always.add(body(op, path, name + " 1 MB over the cap", utf8(baseWith(op, name, quote("x".repeat(FuzzValues.ONE_MEGABYTE + 1024)))), true));
                        always.add(body(op, path, name + " 1 MB under the cap", utf8(baseWith(op, name, quote("x".repeat(FuzzValues.JUST_UNDER_THE_CAP)))), false));
                    }
                }
                case "integer", "number" -> {
                    boolean integer = FuzzValues.type(schema).equals("integer");
                    for (var v : Map.of("-1", "-1", "1e308", "1e308", "-1e308", "-1e308", "NaN as string", "\"NaN\"").entrySet()) {
                        sampled.add(body(op, path, name + " " + v.getKey(), utf8(baseWith(op, name, v.getValue())), integer && v.getKey().contains("e308")));
                    }
                }
                default -> { }
            }
        }
    }

    private void queryCases(FuzzOperation op, String path, FuzzOperation.Param p, List<FuzzCase> sampled) {
        String name = p.name();
        String format = p.schema().path("format").asString("");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        boolean refused = true;
        if (name.equals("cursor")) {
            values.put("not base64", "!!not-a-cursor!!");
            values.put("base64 garbage", Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("garbage\u0000" + UUID.randomUUID())));
        } else if (name.equals("limit")) {
            values.put("-1", "-1");
            values.put("1e99", "1e99");
        } else if (name.equals("sort")) {
            values.put("garbage", "garbage;drop table contacts");
        } else if (format.equals("uuid") || name.endsWith("Id")) {
            // an id the document types as plain text (the audit log's entityId) may name any record
            refused = format.equals("uuid");
            values.put("not a uuid", "abc");
        } else if (format.startsWith("date") || name.matches("(from|to|closedAfter|created.*|updated.*)")) {
            values.put("not a date", "2024-13-45T99:99");
        } else if (FuzzValues.type(p.schema()).matches("integer|number")) {
            values.put("NaN", "NaN");
        } else if (FuzzValues.type(p.schema()).equals("boolean")) {
            values.put("not a boolean", "perhaps");
        } else {
            // free text (a search, a name): anything may be a valid question
            refused = false;
            values.put("NUL and RTL", "a\u0000\u202eb");
            values.put("10 KB", "q".repeat(10 * 1024));
        }
        for (var v : values.entrySet()) {
            String sep = path.contains("?") ? "&" : "?";
            String query = path + sep + name + "=" + URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8);
            sampled.add(withBaseBody(op, "query " + name + " " + v.getKey(), query, refused || p.schema().has("enum")));
        }
    }

    private FuzzCase withBaseBody(FuzzOperation op, String label, String path, boolean refused) {
        return op.hasJsonBody() ? body(op, path, label, utf8(baseWith(op, null, null)), refused) : new FuzzCase(op, label, path, null, null, refused);
    }

    private static FuzzCase body(FuzzOperation op, String path, String label, byte[] body, boolean refused) {
        return new FuzzCase(op, label, path, op.bodyType(), body, refused);
    }

    /** The required properties with plausible values, and one property set to the raw JSON given. */
    private static String baseWith(FuzzOperation op, String name, String rawValue) {
        StringBuilder json = new StringBuilder("{");
        JsonNode properties = op.bodySchema().path("properties");
        for (JsonNode required : op.bodySchema().path("required")) {
            String key = required.asString();
            if (key.equals(name)) continue;
            if (json.length() > 1) json.append(',');
            json.append(quote(key)).append(':').append(FuzzValues.plausible(properties.path(key)));
        }
        if (name != null) {
            if (json.length() > 1) json.append(',');
            json.append(quote(name)).append(':').append(rawValue);
        }
        return json.append('}').toString();
    }

    private static String duplicated(String json, String name, String rawValue) {
        return json.substring(0, json.length() - 1) + (json.length() > 2 ? "," : "") + quote(name) + ":" + rawValue + "}";
    }

    private static byte[] invalidUtf8(String json) {
        int hole = json.indexOf(HOLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(json.substring(0, hole)));
        out.writeBytes(FuzzValues.INVALID_UTF8);
        out.writeBytes(utf8(json.substring(hole + HOLE.length())));
        return out.toByteArray();
    }

    private String pathWith(FuzzOperation op, Map<String, String> values) {
        String path = op.path();
        for (FuzzOperation.Param p : op.in("path")) {
            String value = values.containsKey(p.name()) ? values.get(p.name()) : realOrRandomId(op, p.name());
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    /** A real record where a valid one lets the request reach its checks; never for a DELETE or a body-less POST, which would act on it. */
    private String realOrRandomId(FuzzOperation op, String param) {
        boolean acts = op.method().equals("DELETE") || op.method().equals("POST") && !op.hasJsonBody();
        String collection = param.equals("stageId") ? "stages" : op.path().replaceAll(".*/([^/]+)/\\{" + param + "}.*", "$1");
        String real = realIds.get(collection);
        return acts || real == null ? UUID.randomUUID().toString() : real;
    }

    private static String abbreviate(String value) {
        return value.length() > 12 ? value.length() / 1024 + " KB" : value;
    }
}
