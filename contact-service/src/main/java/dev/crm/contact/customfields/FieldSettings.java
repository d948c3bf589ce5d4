package dev.crm.contact.customfields;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What an admin may change of a field after creating it (its name, kind and entity type are fixed). */
record FieldSettings(
        @NotBlank @Size(max = 100) String label,
        Boolean required,
        JsonNode defaultValue,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> options,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @Min(0) @Max(10_000) Integer position,
        Long version) {

    FieldSettings normalized() {
        return new FieldSettings(label.strip(), required, defaultValue == null || defaultValue.isNull() ? null : defaultValue,
                options == null ? List.of() : options.stream().map(String::strip).distinct().toList(), currency, position, version);
    }
}
