package dev.crm.communication.activities;

import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.PageRequest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of a page of a timeline or of a member's open tasks, each read from its own index range
 * (V2__activities.sql); the page after a cursor continues below the last row shown, by (time, id).
 */
@Component
class ActivityTimeline {

    /** Whose timeline: exactly one of a contact, a company or a deal; or the whole organization's ({@link #ORGANIZATION}). */
    record Of(String column, UUID id) {

        static final Of ORGANIZATION = new Of(null, null);

        static Of of(UUID contactId, UUID companyId, UUID dealId) {
            int named = (contactId == null ? 0 : 1) + (companyId == null ? 0 : 1) + (dealId == null ? 0 : 1);
            if (named != 1) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, "contactId", "Name one of contactId, companyId or dealId.");
            }
            return contactId != null ? new Of("contact_id", contactId) : companyId != null ? new Of("company_id", companyId) : new Of("deal_id", dealId);
        }
    }

    /** Which open tasks: all, those past due, those due today (UTC). */
    enum Due { ALL, OVERDUE, TODAY }

    /**
     * Whose open tasks, as a condition on the row {@code a}: a member's (assigned to them, or unassigned and
     * theirs: a task is never in nobody's list), or the unassigned ones.
     */
    record Whose(String condition, List<Object> parameters) {

        static final Whose UNASSIGNED = new Whose("a.assignee_id is null", List.of());

        static Whose of(UUID member) {
            return new Whose("(a.assignee_id = ? or (a.assignee_id is null and a.owner_id = ?))", List.of(member, member));
        }
    }

    private final JdbcTemplate jdbc;

    ActivityTimeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> ids(Of of, List<ActivityType> types, List<ActivityKind> kinds, PageRequest page) {
        String table = TenantContext.require().table("activities");
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("a.deleted_at is null");
        if (of.column() != null) {
            where.append(" and a.").append(of.column()).append(" = ?");
            parameters.add(of.id());
        }
        if (!types.isEmpty()) {
            where.append(" and a.type = any(?)");
            parameters.add(types.stream().map(Enum::name).toArray(String[]::new));
        }
        if (kinds.stream().distinct().count() == 1) where.append(" and ").append(kinds.get(0).sqlCondition());
        if (page.after().isPresent()) {
            where.append(" and (a.occurred_at, a.id) < (select c.occurred_at, c.id from ").append(table).append(" c where c.id = ?)");
            parameters.add(page.after().get());
        }
        parameters.add(page.fetchSize());
        return jdbc.queryForList("select a.id from " + table + " a where " + where + " order by a.occurred_at desc, a.id desc limit ?",
                UUID.class, parameters.toArray());
    }

    List<UUID> openTasks(Whose whose, Due due, PageRequest page) {
        String table = TenantContext.require().table("activities");
        List<Object> parameters = new ArrayList<>(whose.parameters());
        StringBuilder where = new StringBuilder("a.type = 'TASK' and a.status = 'OPEN' and a.deleted_at is null and ").append(whose.condition());
        Timestamp startOfToday = Timestamp.from(LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
        switch (due) {
            case OVERDUE -> where.append(" and a.due_at < now()");
            case TODAY -> {
                where.append(" and a.due_at >= ? and a.due_at < ?");
                parameters.add(startOfToday);
                parameters.add(Timestamp.from(startOfToday.toInstant().plusSeconds(86_400)));
            }
            case ALL -> { }
        }
        if (page.after().isPresent()) {
            // due time ascending, tasks without one last (the index's order), then id
            List<Timestamp> last = jdbc.queryForList("select due_at from " + table + " where id = ?", Timestamp.class, page.after().get());
            if (last.isEmpty()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "cursor", "is not a cursor this list gave out");
            if (last.get(0) == null) {
                where.append(" and a.due_at is null and a.id > ?");
            } else {
                where.append(" and (a.due_at > ? or (a.due_at = ? and a.id > ?) or a.due_at is null)");
                parameters.add(last.get(0));
                parameters.add(last.get(0));
            }
            parameters.add(page.after().get());
        }
        parameters.add(page.fetchSize());
        return jdbc.queryForList("select a.id from " + table + " a where " + where + " order by a.due_at, a.id limit ?",
                UUID.class, parameters.toArray());
    }
}
