package dev.crm.contact.customfields;

import dev.crm.common.customfields.CustomFieldCheck;
import dev.crm.common.customfields.FieldDefinition;
import dev.crm.common.customfields.FieldKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        definitions.findByEntityTypeOrderByPositionAscNameAsc(entityType).forEach(f -> fields.put(f.getName(), f.definition()));
        return new Checker(new CustomFieldCheck(entityType, fields, json));
    }

    /** Checks values against definitions read earlier, by the rule every service shares ({@link CustomFieldCheck}). */
    public static final class Checker {
        private final CustomFieldCheck check;

        private Checker(CustomFieldCheck check) {
            this.check = check;
        }

        public String checkedJson(Map<String, Object> values, boolean creating) {
            return check.checkedJson(values, creating);
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
