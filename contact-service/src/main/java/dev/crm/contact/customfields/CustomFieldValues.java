package dev.crm.contact.customfields;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Custom field values of a record, checked against the organization's field definitions on every
 * write and stored as a JSON object. Until an organization defines fields, every name is unknown.
 */
@Component
public class CustomFieldValues {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;

    CustomFieldValues(JsonMapper json) {
        this.json = json;
    }

    /** The values as stored, after checking them for records of {@code entityType} ("contact", "company"). */
    public String checkedJson(String entityType, Map<String, Object> values) {
        if (values != null && !values.isEmpty()) {
            String field = values.keySet().iterator().next();
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "customFields." + field, "is not a custom field of " + entityType + " records.");
        }
        return json.writeValueAsString(values == null ? Map.of() : values);
    }

    public Map<String, Object> read(String storedJson) {
        return storedJson == null ? Map.of() : json.readValue(storedJson, MAP);
    }
}
