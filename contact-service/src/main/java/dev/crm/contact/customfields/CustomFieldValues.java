package dev.crm.contact.customfields;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custom field values of a record, checked against the organization's definitions on every write and
 * stored as one JSON object: unknown names and values of the wrong kind are refused naming the field,
 * a null value clears a field, a new record gets the defaults, and required fields must have a value.
 */
@Component
public class CustomFieldValues {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final CustomFieldRepository definitions;
    private final JsonMapper json;

    CustomFieldValues(CustomFieldRepository definitions, JsonMapper json) {
        this.definitions = definitions;
        this.json = json;
    }

    /** The values to store for a record of {@code entityType}; {@code creating} applies the defaults. */
    public String checkedJson(String entityType, Map<String, Object> values, boolean creating) {
        return forType(entityType).checkedJson(values, creating);
    }

    /** The definitions of {@code entityType} read once, to check many records (an import batch) against them. */
    public Checker forType(String entityType) {
        Map<String, CustomField> fields = new LinkedHashMap<>();
        definitions.findByEntityTypeOrderByPositionAscNameAsc(entityType).forEach(f -> fields.put(f.getName(), f));
        return new Checker(entityType, fields);
    }

    /** Checks values against definitions read earlier. */
    public final class Checker {
        private final String entityType;
        private final Map<String, CustomField> fields;

        private Checker(String entityType, Map<String, CustomField> fields) {
            this.entityType = entityType;
            this.fields = fields;
        }

        public String checkedJson(Map<String, Object> values, boolean creating) {
            ObjectNode given = values == null ? json.createObjectNode() : json.valueToTree(values);
            ObjectNode stored = json.createObjectNode();
            List<FieldProblem> problems = new ArrayList<>();
            for (Map.Entry<String, JsonNode> value : given.properties()) {
                CustomField field = fields.get(value.getKey());
                if (field == null) {
                    problems.add(new FieldProblem("customFields." + value.getKey(), "is not a custom field of " + entityType + " records"));
                } else if (!value.getValue().isNull()) {
                    String problem = field.getKind().problemWith(value.getValue(), Arrays.asList(field.getOptions()));
                    if (problem == null) stored.set(value.getKey(), value.getValue());
                    else problems.add(new FieldProblem("customFields." + value.getKey(), problem));
                }
            }
            for (CustomField field : fields.values()) {
                if (creating && !given.has(field.getName()) && field.getDefaultValue() != null) {
                    stored.set(field.getName(), json.readTree(field.getDefaultValue()));
                }
                if (field.isRequired() && !stored.has(field.getName()) && problems.stream().noneMatch(p -> p.field().equals("customFields." + field.getName()))) {
                    problems.add(new FieldProblem("customFields." + field.getName(), "is required"));
                }
            }
            if (!problems.isEmpty()) {
                throw new CrmException(CommonError.VALIDATION_FAILED, "Some custom fields are not valid.", problems, Map.of());
            }
            return json.writeValueAsString(stored);
        }
    }

    /** The kind of each custom field of {@code entityType}, by name (lists filter and sort on them). */
    public Map<String, FieldKind> kindsOf(String entityType) {
        Map<String, FieldKind> kinds = new LinkedHashMap<>();
        definitions.findByEntityTypeOrderByPositionAscNameAsc(entityType).forEach(f -> kinds.put(f.getName(), f.getKind()));
        return kinds;
    }

    public Map<String, Object> read(String storedJson) {
        return storedJson == null ? Map.of() : json.readValue(storedJson, MAP);
    }
}
