package dev.crm.contact.search;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL conditions on the rows of a list, every value bound as a parameter (as text, cast in SQL), so
 * nothing a client sends becomes SQL.
 */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private boolean containment;

    /** Adds {@code condition}, in which each {@code ?} stands for the next of {@code values}. */
    public Criteria where(String condition, String... values) {
        StringBuilder sql = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                String name = "p" + parameters.size();
                parameters.put(name, values[next++]);
                sql.append(':').append(name);
            } else {
                sql.append(c);
            }
        }
        if (next != values.length) throw new IllegalArgumentException("condition and values do not match: " + condition);
        conditions.add(sql.toString());
        return this;
    }

    /**
     * Adds a containment condition served by an inverted (GIN) index: text search, tags, custom
     * fields. The planner cannot tell how many rows such a condition matches (a word outside its
     * statistics looks common), so lists holding one are run through that index first.
     */
    public Criteria whereContaining(String condition, String... values) {
        containment = true;
        return where(condition, values);
    }

    boolean hasContainment() {
        return containment;
    }

    /** Adds {@code condition} only when {@code value} is present. */
    public Criteria whereIfPresent(String condition, Object value) {
        return value == null ? this : where(condition, value.toString());
    }

    /**
     * {@code column} from {@code after} (inclusive) until {@code before} (exclusive), each an ISO
     * instant or a date (midnight UTC), named by its parameter when it is neither.
     */
    public Criteria timeRange(String column, String afterParameter, String after, String beforeParameter, String before) {
        if (after != null) where(column + " >= cast(? as timestamptz)", instant(afterParameter, after).toString());
        if (before != null) where(column + " < cast(? as timestamptz)", instant(beforeParameter, before).toString());
        return this;
    }

    private static Instant instant(String parameter, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, parameter, "must be a date (2026-11-26) or an instant (2026-11-26T09:30:00Z)");
        }
    }

    String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Map<String, String> parameters() {
        return parameters;
    }
}
