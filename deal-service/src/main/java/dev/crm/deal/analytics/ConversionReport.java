package dev.crm.deal.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Conversion by stage, from the stage history of the deals created in the period: of the deals that
 * entered a stage, how many entered a later one (not a losing one) and how many were won.
 */
@Component
class ConversionReport {

    record StageConversion(UUID stageId, String name, int position, long entered, long reachedNext, BigDecimal conversionRate,
                           long won, BigDecimal winRate) {}

    record Conversion(List<StageConversion> stages) {}

    private final JdbcTemplate jdbc;

    ConversionReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Conversion compute(AnalyticsScope scope) {
        List<Object> parameters = AnalyticsScope.parameters();
        String scoped = "select d.id, d.status from " + scope.table("deals") + " d where " + scope.deals(parameters)
                + scope.period("d.created_at", parameters);
        parameters.add(scope.pipelineId());
        parameters.add(scope.pipelineId());
        List<StageConversion> stages = new ArrayList<>();
        jdbc.query("with scoped as (" + scoped + "),"
                + " entered as (select distinct h.deal_id, h.to_stage_id, s.position from " + scope.table("deal_stage_history") + " h"
                + "   join scoped on scoped.id = h.deal_id join " + scope.table("stages") + " s on s.id = h.to_stage_id"
                + "   where s.pipeline_id = ?),"
                + " furthest as (select deal_id, max(position) filter (where to_stage_id not in (select id from "
                + scope.table("stages") + " where outcome = 'LOST')) as position from entered group by deal_id)"
                + " select s.id, s.name, s.position, count(e.deal_id), count(e.deal_id) filter (where f.position > s.position),"
                + "   count(e.deal_id) filter (where sc.status = 'WON')"
                + " from " + scope.table("stages") + " s left join entered e on e.to_stage_id = s.id"
                + "   left join furthest f on f.deal_id = e.deal_id left join scoped sc on sc.id = e.deal_id"
                + " where s.pipeline_id = ? group by s.id, s.name, s.position order by s.position", rs -> {
            long entered = rs.getLong(4);
            long reachedNext = rs.getLong(5);
            long won = rs.getLong(6);
            stages.add(new StageConversion(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), entered, reachedNext,
                    Money.ratio(reachedNext, entered), won, Money.ratio(won, entered)));
        }, parameters.toArray());
        return new Conversion(stages);
    }
}
