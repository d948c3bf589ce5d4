package dev.crm.deal.analytics;

import dev.crm.deal.pipelines.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bottlenecks: how long deals stay in each open stage (median and 90th percentile of the days from
 * entering it until leaving it, or until now), over the stage entries of the period; and how many
 * deals are in it now and how many of those are rotting.
 */
@Component
class BottleneckReport {

    record StageTime(UUID stageId, String name, int position, long entries, BigDecimal medianDays, BigDecimal p90Days,
                     long current, long rotting, Integer rottingDays) {}

    record Bottlenecks(List<StageTime> stages) {}

    private record Now(long current, long rotting) {}

    private final JdbcTemplate jdbc;

    BottleneckReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Bottlenecks compute(AnalyticsScope scope) {
        Map<UUID, Now> now = occupancy(scope);
        List<Object> parameters = AnalyticsScope.parameters();
        String deals = scope.deals(parameters);
        String period = scope.period("h.changed_at", parameters);
        parameters.add(scope.pipelineId());
        String days = "extract(epoch from coalesce(h.left_at, now()) - h.changed_at) / 86400";
        List<StageTime> stages = new ArrayList<>();
        jdbc.query("select s.id, s.name, s.position, s.rotting_days, count(h.id),"
                + " percentile_cont(0.5) within group (order by " + days + "), percentile_cont(0.9) within group (order by " + days + ")"
                + " from " + scope.table("stages") + " s left join (" + scope.table("deal_stage_history") + " h join "
                + scope.table("deals") + " d on d.id = h.deal_id and " + deals + ") on h.to_stage_id = s.id" + period
                + " where s.pipeline_id = ? and s.outcome is null group by s.id, s.name, s.position, s.rotting_days order by s.position", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            Now here = now.getOrDefault(id, new Now(0, 0));
            stages.add(new StageTime(id, rs.getString(2), rs.getInt(3), rs.getLong(5), Money.days(doubleOrNull(rs.getObject(6))),
                    Money.days(doubleOrNull(rs.getObject(7))), here.current(), here.rotting(), (Integer) rs.getObject(4)));
        }, parameters.toArray());
        return new Bottlenecks(stages);
    }

    private Map<UUID, Now> occupancy(AnalyticsScope scope) {
        List<Object> parameters = AnalyticsScope.parameters();
        Map<UUID, Now> now = new HashMap<>();
        jdbc.query("select d.stage_id, count(*), count(*) filter (where " + Stage.ROTTING_SQL + ") from " + scope.table("deals") + " d join "
                + scope.table("stages") + " s on s.id = d.stage_id where " + scope.deals(parameters) + " and d.status = 'OPEN'"
                + " group by d.stage_id", rs -> {
            now.put(rs.getObject(1, UUID.class), new Now(rs.getLong(2), rs.getLong(3)));
        }, parameters.toArray());
        return now;
    }

    private static Double doubleOrNull(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
