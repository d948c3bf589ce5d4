package dev.crm.common.events.contracts;

import dev.crm.common.customfields.FieldKind;
import java.util.List;
import java.util.UUID;

/**
 * contact-service: a custom field definition was created or changed ({@code custom_field.defined}) or
 * removed ({@code custom_field.removed}), for any entity type; consumers keep the types they hold
 * values of. Carries the whole definition as it is after the change (before it, for a removal).
 *
 * @param defaultValueJson the default value as JSON text, or null
 */
public record CustomFieldChanged(UUID fieldId, String entityType, String name, FieldKind kind, String label, boolean required,
                                 String defaultValueJson, List<String> options, String currency, int position) {}
