package dev.crm.common.customfields;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The custom field values of one record checked against its entity type's definitions, the one rule
 * every service applies: unknown names and values of the wrong kind are refused naming the field
 * ({@code customFields.<name>}), a null value clears a field, a new record gets the defaults, and
 * required fields must have a value. Every problem is reported at once, as a 400.
 */
public final class CustomFieldCheck {

    private final String entityType;
    private final Map<String, FieldDefinition> fields;
    private final JsonMapper json;

    /** @param fields the definitions of {@code entityType} by name */
    public CustomFieldCheck(String entityType, Map<String, FieldDefinition> fields, JsonMapper json) {
        this.entityType = entityType;
        this.fields = new LinkedHashMap<>(fields);
        this.json = json;
    }

    /** The values to store, as a JSON object; {@code creating} applies the defaults. */
    public String checkedJson(Map<String, Object> values, boolean creating) {
        ObjectNode given = values == null ? json.createObjectNode() : json.valueToTree(values);
        ObjectNode stored = json.createObjectNode();
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> value : given.properties()) {
            FieldDefinition field = fields.get(value.getKey());
            if (field == null) {
                problems.add(new FieldProblem(path(value.getKey()), "is not a custom field of " + entityType + " records"));
            } else if (!value.getValue().isNull()) {
                String problem = field.kind().problemWith(value.getValue(), field.options());
                if (problem == null) stored.set(value.getKey(), value.getValue());
                else problems.add(new FieldProblem(path(value.getKey()), problem));
            }
        }
        for (FieldDefinition field : fields.values()) {
            if (creating && !given.has(field.name()) && field.defaultValueJson() != null) {
                stored.set(field.name(), json.readTree(field.defaultValueJson()));
            }
            if (field.required() && !stored.has(field.name()) && problems.stream().noneMatch(p -> p.field().equals(path(field.name())))) {
                problems.add(new FieldProblem(path(field.name()), "is required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CrmException(CommonError.VALIDATION_FAILED, "Some custom fields are not valid.", problems, Map.of());
        }
        return json.writeValueAsString(stored);
    }

    private static String path(String name) {
        return "customFields." + name;
    }
}
