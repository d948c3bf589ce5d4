package dev.crm.tenant.audit;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.contracts.AuditBatchRecorded;
import dev.crm.common.events.contracts.AuditRecorded;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's audit_log table (in the tenant schema of the connection). */
@Repository
class AuditLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditLog(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(AuditRecorded event, EventEnvelope envelope) {
        appendAll(List.of(new AuditBatchRecorded.Entry(envelope.eventId(), envelope.timestamp(), event)), envelope);
    }

    /** Entries already kept (a redelivered event) are left as they are. */
    void appendAll(List<AuditBatchRecorded.Entry> entries, EventEnvelope envelope) {
        jdbc.batchUpdate("""
                insert into audit_log (id, occurred_at, service, action, entity_type, entity_id, actor_id, actor_email, before, after, correlation_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) on conflict (id) do nothing""",
                entries.stream().map(entry -> {
                    AuditRecorded change = entry.change();
                    return new Object[] {entry.id(), Timestamp.from(entry.occurredAt()), change.service(), change.action(),
                            change.entityType(), change.entityId(), change.actorId(), change.actorEmail(), text(change.before()),
                            text(change.after()), envelope.correlationId()};
                }).toList());
    }

    record Filter(UUID userId, String entityType, String entityId, Instant from, Instant to, UUID before, int fetch) {}

    List<AuditEntry> find(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, service, action, entity_type, entity_id, actor_id, actor_email, before::text, after::text, correlation_id
                from audit_log where true""");
        List<Object> args = new ArrayList<>();
        if (filter.userId() != null) { sql.append(" and actor_id = ?"); args.add(filter.userId()); }
        if (filter.entityType() != null) { sql.append(" and entity_type = ?"); args.add(filter.entityType()); }
        if (filter.entityId() != null) { sql.append(" and entity_id = ?"); args.add(filter.entityId()); }
        if (filter.from() != null) { sql.append(" and occurred_at >= ?"); args.add(Timestamp.from(filter.from())); }
        if (filter.to() != null) { sql.append(" and occurred_at < ?"); args.add(Timestamp.from(filter.to())); }
        if (filter.before() != null) { sql.append(" and id < ?"); args.add(filter.before()); }
        sql.append(" order by id desc limit ?");
        args.add(filter.fetch());
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEntry(
                rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), node(rs.getString(9)), node(rs.getString(10)),
                rs.getString(11)), args.toArray());
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : json.writeValueAsString(node);
    }

    private JsonNode node(String text) {
        return text == null ? null : json.readTree(text);
    }
}
