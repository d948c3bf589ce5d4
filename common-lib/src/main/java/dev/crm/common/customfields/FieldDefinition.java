package dev.crm.common.customfields;

import java.util.List;

/**
 * What checking a value needs of a custom field's definition, wherever the definition is kept (the
 * contact-service owns them; the deal-service keeps a replica of the deal ones).
 *
 * @param defaultValueJson the default as JSON text, or null when the field has none
 * @param options the choices of a select field, empty for other kinds
 */
public record FieldDefinition(String name, FieldKind kind, boolean required, String defaultValueJson, List<String> options) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
