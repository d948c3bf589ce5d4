package dev.crm.communication.activities;

import dev.crm.common.tenant.TenantContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of a member's calendar entries in a range, by their time: tasks theirs (as in My tasks, open or done) by
 * due time, meetings and calls they own by start and by time. Each part reads its own index range (V14__calendar.sql).
 */
@Component
class ActivityCalendar {

    private final JdbcTemplate jdbc;

    ActivityCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit + 1} ids, so that the caller sees whether the range held more. */
    List<UUID> ids(UUID member, CalendarRange range) {
        String table = TenantContext.require().table("activities");
        Timestamp start = Timestamp.from(range.start());
        Timestamp end = Timestamp.from(range.end());
        ActivityTimeline.Whose tasks = ActivityTimeline.Whose.of(member);
        List<Object> parameters = new ArrayList<>(tasks.parameters());
        parameters.addAll(List.of(start, end, member, start, end, member, start, end, range.limit() + 1));
        String live = " from " + table + " a where a.deleted_at is null and ";
        return jdbc.queryForList(
                "select id from ("
                        + "select a.id, a.due_at as at" + live + "a.type = 'TASK' and " + tasks.condition() + " and a.due_at >= ? and a.due_at < ?"
                        + " union all select a.id, a.starts_at" + live + "a.type = 'MEETING' and a.owner_id = ? and a.starts_at >= ? and a.starts_at < ?"
                        + " union all select a.id, a.occurred_at" + live + "a.type = 'CALL' and a.owner_id = ? and a.occurred_at >= ? and a.occurred_at < ?"
                        + ") entries order by at, id limit ?",
                UUID.class, parameters.toArray());
    }
}
