package dev.crm.communication.suppressions;

import dev.crm.common.tenant.TenantContext;
import dev.crm.common.time.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organization's suppression list: addresses no member email goes to (the platform's own, such as a
 * password reset, still do). Addresses are compared ignoring case.
 */
@Component
public class Suppressions {

    private final JdbcTemplate jdbc;

    Suppressions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first of {@code addresses} on the list, if any. */
    public Optional<Suppression> firstOf(Collection<String> addresses) {
        return among(addresses).values().stream().min(Comparator.comparing(Suppression::createdAt));
    }

    /** Those of {@code addresses} on the list, by address (lower-case): one query for a whole batch. */
    public Map<String, Suppression> among(Collection<String> addresses) {
        String[] lower = addresses.stream().map(Suppressions::normalized).distinct().toArray(String[]::new);
        if (lower.length == 0) return Map.of();
        return jdbc.query("select * from " + table() + " where address = any(?)", Suppressions::map, (Object) lower).stream()
                .collect(Collectors.toMap(Suppression::address, s -> s));
    }

    /** Adds {@code address} (again: the first reason stays); true when it was not on the list. */
    public boolean add(String address, SuppressionReason reason, UUID emailId, UUID by) {
        return jdbc.update("insert into " + table() + " (address, reason, email_id, created_by, created_at) values (?, ?, ?, ?, ?)"
                + " on conflict (address) do nothing", normalized(address), reason.name(), emailId, by, Timestamp.from(Timestamps.now())) == 1;
    }

    public Optional<Suppression> find(String address) {
        return jdbc.query("select * from " + table() + " where address = ?", Suppressions::map, normalized(address)).stream().findFirst();
    }

    public boolean remove(String address) {
        return jdbc.update("delete from " + table() + " where address = ?", normalized(address)) == 1;
    }

    /** A page by address, after {@code after} (exclusive), optionally those containing {@code q}. */
    public List<Suppression> page(String after, String q, int limit) {
        return jdbc.query("select * from " + table() + " where address > ? and address like ? order by address limit ?", Suppressions::map,
                after == null ? "" : after, "%" + (q == null ? "" : q.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")) + "%",
                limit);
    }

    public static String normalized(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static Suppression map(ResultSet rs, int row) throws SQLException {
        return new Suppression(rs.getString("address"), SuppressionReason.valueOf(rs.getString("reason")), rs.getObject("email_id", UUID.class),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());
    }

    private static String table() {
        return TenantContext.require().table("suppressions");
    }
}
