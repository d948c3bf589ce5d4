package dev.crm.contact.search;

import dev.crm.common.customfields.FieldKind;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters on custom fields from query parameters: {@code cf.<name>=<value>} (equals; a multi-select
 * contains it) served by the GIN index on {@code custom_fields}, and {@code cf.<name>.min} /
 * {@code .max} (inclusive) for numbers, currencies and dates. Unknown fields and values that do not
 * fit the field's kind are refused naming the parameter.
 */
public final class CustomFieldCriteria {

    private CustomFieldCriteria() {}

    /** The field's value as a number, or null when it holds none (also guards a cast from failing). */
    static String numberOf(String field) {
        return "(case when jsonb_typeof(t.custom_fields -> '" + field + "') = 'number' then (t.custom_fields ->> '" + field + "')::numeric end)";
    }

    public static void add(Criteria criteria, Map<String, List<String>> parameters, Map<String, FieldKind> kinds, JsonMapper json) {
        parameters.forEach((parameter, values) -> {
            if (!parameter.startsWith("cf.")) return;
            String rest = parameter.substring(3);
            String bound = rest.endsWith(".min") ? "min" : rest.endsWith(".max") ? "max" : null;
            String field = bound == null ? rest : rest.substring(0, rest.length() - 4);
            FieldKind kind = kinds.get(field);
            if (kind == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, parameter, "is not a custom field of these records");
            for (String value : values) {
                if (bound == null) equal(criteria, parameter, field, kind, value, json);
                else range(criteria, parameter, field, kind, bound, value);
            }
        });
    }

    private static void equal(Criteria criteria, String parameter, String field, FieldKind kind, String value, JsonMapper json) {
        ObjectNode wanted = json.createObjectNode();
        switch (kind) {
            case NUMBER, CURRENCY -> wanted.put(field, number(parameter, value));
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) throw invalid(parameter, "must be true or false");
                wanted.put(field, Boolean.parseBoolean(value));
            }
            case DATE -> wanted.put(field, date(parameter, value));
            case MULTI_SELECT -> wanted.putArray(field).add(value);
            default -> wanted.put(field, value);
        }
        criteria.whereContaining("t.custom_fields @> cast(? as jsonb)", json.writeValueAsString(wanted));
    }

    private static void range(Criteria criteria, String parameter, String field, FieldKind kind, String bound, String value) {
        String operator = bound.equals("min") ? ">=" : "<=";
        switch (kind) {
            case NUMBER, CURRENCY -> criteria.where(numberOf(field) + " " + operator + " cast(? as numeric)", number(parameter, value).toPlainString());
            case DATE -> criteria.where("(t.custom_fields ->> '" + field + "') " + operator + " ?", date(parameter, value));
            default -> throw invalid(parameter, "ranges apply to number, currency and date fields only");
        }
    }

    private static BigDecimal number(String parameter, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(parameter, "must be a number");
        }
    }

    private static String date(String parameter, String value) {
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "must be a date like 2026-11-26");
        }
    }

    private static CrmException invalid(String parameter, String message) {
        return CrmException.onField(CommonError.VALIDATION_FAILED, parameter, message);
    }
}
