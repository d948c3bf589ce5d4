package dev.crm.contact.exporting;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The list's filters and sort as SQL over {@code contacts c}: {@code ownerId}, {@code companyId},
 * {@code tag} (repeatable, every one must match, ignoring case), {@code created/updatedAfter/Before}
 * (ISO-8601 instant or date) and {@code sort} ({@code createdAt}, {@code updatedAt}, {@code firstName},
 * {@code lastName}, {@code email}, {@code -} for descending; default {@code -createdAt}). Bad values are
 * a 400 naming the parameter. {@code q} and {@code cf.*} are refused until search wires them in here.
 */
final class ContactExportFilter {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "c.created_at", "updatedAt", "c.updated_at",
            "firstName", "c.first_name", "lastName", "c.last_name", "email", "c.email");

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();
    private String orderBy = "c.created_at desc, c.id desc";

    static ContactExportFilter of(MultiValueMap<String, String> params) {
        ContactExportFilter f = new ContactExportFilter();
        for (String name : params.keySet()) {
            if (name.equals("q") || name.startsWith("cf.")) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, name, "The export does not filter by " + name + " yet.");
            }
        }
        f.equal("c.owner_id", "ownerId", params.getFirst("ownerId"));
        f.equal("c.company_id", "companyId", params.getFirst("companyId"));
        for (String tag : params.getOrDefault("tag", List.of())) {
            f.conditions.add("exists (select 1 from unnest(c.tags) t where lower(t) = lower(?))");
            f.args.add(tag.strip());
        }
        f.range("c.created_at >= ?", "createdAfter", params.getFirst("createdAfter"));
        f.range("c.created_at < ?", "createdBefore", params.getFirst("createdBefore"));
        f.range("c.updated_at >= ?", "updatedAfter", params.getFirst("updatedAfter"));
        f.range("c.updated_at < ?", "updatedBefore", params.getFirst("updatedBefore"));
        f.sort(params.getFirst("sort"));
        return f;
    }

    /** {@code and ...} conditions to append after the live-contacts condition. */
    String where() {
        return conditions.stream().map(c -> " and " + c).reduce("", String::concat);
    }

    Object[] args() {
        return args.toArray();
    }

    String orderBy() {
        return orderBy;
    }

    private void equal(String column, String param, String value) {
        if (value == null || value.isBlank()) return;
        try {
            args.add(UUID.fromString(value.strip()));
            conditions.add(column + " = ?");
        } catch (IllegalArgumentException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, param, "is not an id");
        }
    }

    private void range(String condition, String param, String value) {
        if (value == null || value.isBlank()) return;
        conditions.add(condition);
        args.add(Timestamp.from(instant(param, value.strip())));
    }

    private static Instant instant(String param, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, param, "must be an ISO-8601 instant or date (2026-11-26T10:00:00Z or 2026-11-26)");
        }
    }

    private void sort(String sort) {
        if (sort == null || sort.isBlank()) return;
        boolean descending = sort.startsWith("-");
        String column = SORTABLE.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "sort", "must be one of " + SORTABLE.keySet() + ", with - for descending");
        }
        String direction = descending ? " desc" : " asc";
        orderBy = column + direction + " nulls last, c.id" + direction;
    }
}
