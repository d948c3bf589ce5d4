package dev.crm.contact.search;

import dev.crm.common.customfields.FieldKind;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A table whose live rows are listed: its name, the entity type of its custom fields, and the
 * fields clients may sort on (anything else is refused). {@code createdAt} sorts by the id, which
 * is time-ordered (UUID v7), so it needs no index of its own.
 */
public record RecordTable(String name, String entityType, Map<String, Column> sortable) {

    public static final String DEFAULT_SORT = "-createdAt";
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,63}");

    /**
     * An SQL expression over the row {@code t}, the SQL type of its values, whether it can be null, and
     * whether an index of the table serves its order (every whitelisted column's does; custom fields' do not).
     */
    public record Column(String expression, String sqlType, boolean nullable, boolean indexed) {

        public static Column required(String expression, String sqlType) {
            return new Column(expression, sqlType, false, true);
        }

        public static Column optional(String expression, String sqlType) {
            return new Column(expression, sqlType, true, true);
        }

        static Column customField(String expression, String sqlType) {
            return new Column(expression, sqlType, true, false);
        }
    }

    public static Column createdAt() {
        return Column.required("t.id", "uuid");
    }

    /** The order {@code sort} names ({@code lastName}, {@code -updatedAt}, {@code cf.budget}), or 400. */
    SortOrder sortOrder(String sort, Map<String, FieldKind> customFields) {
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        Column column = sortable.get(name);
        if (column == null && name.startsWith("cf.")) column = customFieldColumn(name.substring(3), customFields);
        if (column == null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "sort", "must be one of " + String.join(", ", new TreeSet<>(sortable.keySet()))
                    + " or cf.<custom field>, with - in front to sort descending");
        }
        return new SortOrder(name, column, descending);
    }

    private static Column customFieldColumn(String field, Map<String, FieldKind> customFields) {
        FieldKind kind = customFields.get(field);
        if (kind == null || !FIELD_NAME.matcher(field).matches()) return null;
        return switch (kind) {
            case NUMBER, CURRENCY -> Column.customField(CustomFieldCriteria.numberOf(field), "numeric");
            case BOOLEAN, DATE -> Column.customField("(t.custom_fields ->> '" + field + "')", "text");
            default -> Column.customField("lower(t.custom_fields ->> '" + field + "')", "text");
        };
    }
}
