package dev.crm.communication.templates;

import dev.crm.common.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What this service last heard of the contacts, companies, deals and members that templates name: each
 * record's latest event payload, kept from the other services' events (no call to them when an email is
 * written). Events of one record may come out of order (each type has its own consumer): an older one
 * than the one kept is ignored.
 */
@Component
public class KnownRecords {

    public enum Kind { CONTACT, COMPANY, DEAL, MEMBER }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    KnownRecords(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void heard(Kind kind, UUID id, Object payload, boolean deleted, Instant at) {
        if (id == null) return;
        jdbc.update("insert into " + table() + " (id, kind, data, deleted, heard_at) values (?, ?, ?::jsonb, ?, ?)"
                        + " on conflict (id) do update set data = excluded.data, deleted = excluded.deleted, heard_at = excluded.heard_at"
                        + " where known_records.heard_at <= excluded.heard_at",
                id, kind.name(), json.writeValueAsString(payload), deleted, Timestamp.from(at));
    }

    /** The record's latest payload, if this service has heard of it (deleted ones too: an email may still name them). */
    public Optional<JsonNode> find(Kind kind, UUID id) {
        if (id == null) return Optional.empty();
        return jdbc.query("select data::text from " + table() + " where id = ? and kind = ?", (rs, i) -> rs.getString(1), id, kind.name())
                .stream().findFirst().map(json::readTree);
    }

    /** The contact (not in the trash) whose address is {@code email}, ignoring case; the last heard of when several share it. */
    public Optional<JsonNode> contactByEmail(String email) {
        return jdbc.query("select data::text from " + table() + " where kind = 'CONTACT' and not deleted and lower(data ->> 'email') = lower(?)"
                + " order by heard_at desc limit 1", (rs, i) -> rs.getString(1), email).stream().findFirst().map(json::readTree);
    }

    private static String table() {
        return TenantContext.require().table("known_records");
    }
}
