package dev.crm.deal.links;

import dev.crm.common.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the deal-service last heard of the contacts and companies its deals link to. Events of one record
 * may arrive out of order (each type has its own consumer): a name older than the one kept is ignored.
 */
@Component
public class LinkedRecords {

    public enum Kind { CONTACT, COMPANY }

    /** A linked record's name, and whether it is in the trash. */
    public record Label(String name, boolean deleted) {}

    private final JdbcTemplate jdbc;

    LinkedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, Label> find(Collection<UUID> ids) {
        UUID[] known = ids.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        Map<UUID, Label> labels = new HashMap<>();
        if (known.length == 0) return labels;
        jdbc.query("select id, label, deleted from " + table() + " where id = any(?)",
                rs -> { labels.put(rs.getObject(1, UUID.class), new Label(rs.getString(2), rs.getBoolean(3))); }, (Object) known);
        return labels;
    }

    void heard(UUID id, Kind kind, String label, boolean deleted, Instant at) {
        jdbc.update("insert into " + table() + " (id, kind, label, deleted, updated_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (id) do update set label = excluded.label, deleted = excluded.deleted, updated_at = excluded.updated_at"
                        + " where linked_records.updated_at <= excluded.updated_at",
                id, kind.name(), label, deleted, Timestamp.from(at));
    }

    private static String table() {
        return TenantContext.require().table("linked_records");
    }
}
