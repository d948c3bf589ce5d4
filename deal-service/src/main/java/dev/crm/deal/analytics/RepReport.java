package dev.crm.deal.analytics;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rep performance: per owner, deals won and lost in the period, win rate, won value, average cycle, open deals now. */
@Component
class RepReport {

    record Rep(UUID ownerId, long won, long lost, BigDecimal winRate, Map<String, BigDecimal> wonValue, BigDecimal averageCycleDays,
               long openDeals, Long activities) {}

    record Reps(List<Rep> reps) {}

    private static final class Tally {
        long won;
        long lost;
        long open;
        double cycleDays;
        final Map<String, BigDecimal> wonValue = Money.empty();
    }

    private final JdbcTemplate jdbc;

    RepReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Reps compute(AnalyticsScope scope) {
        List<Object> parameters = AnalyticsScope.parameters();
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        jdbc.query("select owner_id, currency, " + ClosedDeals.FIGURES + " from " + ClosedDeals.subquery(scope, parameters)
                + " group by owner_id, currency", rs -> {
            Tally tally = tallies.computeIfAbsent(rs.getObject(1, UUID.class), owner -> new Tally());
            tally.open += rs.getLong(3);
            tally.won += rs.getLong(4);
            tally.lost += rs.getLong(5);
            Money.add(tally.wonValue, rs.getString(2), rs.getBigDecimal(6));
            tally.cycleDays += rs.getDouble(8);
        }, parameters.toArray());
        List<Rep> reps = tallies.entrySet().stream().map(e -> {
            Tally t = e.getValue();
            return new Rep(e.getKey(), t.won, t.lost, Money.ratio(t.won, t.won + t.lost), t.wonValue,
                    Money.days(t.won == 0 ? null : t.cycleDays / t.won), t.open, null);
        }).sorted(Comparator.comparingLong(Rep::won).reversed()
                .thenComparing(r -> r.wonValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), Comparator.reverseOrder()))
                .toList();
        return new Reps(reps);
    }
}
