package dev.crm.contact.customfields;

import dev.crm.common.customfields.FieldKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** POST /api/custom-fields: a new field of contacts, companies or deals. */
record NewField(
        @NotNull @Pattern(regexp = "contact|company|deal", message = "must be contact, company or deal") String entityType,
        @NotNull @Pattern(regexp = "[a-z][a-zA-Z0-9_]{0,63}", message = "must start with a lowercase letter and hold only letters, digits and _ (at most 64)") String name,
        @NotNull FieldKind kind,
        String label,
        Boolean required,
        JsonNode defaultValue,
        List<String> options,
        String currency,
        Integer position) {

    FieldSettings settings() {
        return new FieldSettings(label, required, defaultValue, options, currency, position, null);
    }
}
