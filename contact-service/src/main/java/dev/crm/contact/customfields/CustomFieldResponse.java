package dev.crm.contact.customfields;

import dev.crm.common.customfields.FieldKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A custom field definition as clients see it. */
public record CustomFieldResponse(
        UUID id, String entityType, String name, String label, FieldKind kind, boolean required, JsonNode defaultValue,
        List<String> options, String currency, int position, Instant createdAt, Instant updatedAt, long version) {

    static CustomFieldResponse from(CustomField f, JsonNode defaultValue) {
        return new CustomFieldResponse(f.getId(), f.getEntityType(), f.getName(), f.getLabel(), f.getKind(), f.isRequired(),
                defaultValue, Arrays.asList(f.getOptions()), f.getCurrency(), f.getPosition(), f.getCreatedAt(), f.getUpdatedAt(),
                f.getVersion());
    }

    FieldSettings settings() {
        return new FieldSettings(label, required, defaultValue, options, currency, position, version);
    }
}
