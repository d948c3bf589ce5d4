package dev.crm.common.web;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7386 JSON merge patch: members of the patch replace those of the target, {@code null} removes
 * one, objects merge recursively, anything else (arrays included) replaces the whole value.
 */
public final class JsonMergePatch {

    private JsonMergePatch() {}

    /** A new document: the target with the patch applied; neither argument is changed. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) return patch == null ? target : patch.deepCopy();
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
