package dev.crm.deal.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sales velocity: open deals x win rate x average won value / average cycle days, what the pipeline
 * earns a day. Win rate and cycle come from the deals closed in the period, whatever their currency;
 * open deals and the average won value per currency. A cycle shorter than a day counts as one: deals
 * won within minutes of being entered would otherwise divide by nearly nothing.
 */
@Component
class VelocityReport {

    record CurrencyVelocity(String currency, long openDeals, BigDecimal averageWonValue, BigDecimal velocityPerDay) {}

    record Velocity(long openDeals, long won, long lost, BigDecimal winRate, BigDecimal averageCycleDays, List<CurrencyVelocity> byCurrency) {}

    private record Row(String currency, long open, long won, long lost, BigDecimal wonValue, long wonWithValue, double cycleDays) {}

    static final double MINIMUM_CYCLE_DAYS = 1;

    private final JdbcTemplate jdbc;

    VelocityReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Velocity compute(AnalyticsScope scope) {
        List<Object> parameters = AnalyticsScope.parameters();
        List<Row> rows = jdbc.query("select currency, " + ClosedDeals.FIGURES + " from " + ClosedDeals.subquery(scope, parameters)
                        + " group by currency order by currency",
                (rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5), rs.getLong(6),
                        rs.getDouble(7)), parameters.toArray());
        long open = rows.stream().mapToLong(Row::open).sum();
        long won = rows.stream().mapToLong(Row::won).sum();
        long lost = rows.stream().mapToLong(Row::lost).sum();
        BigDecimal winRate = Money.ratio(won, won + lost);
        Double cycle = won == 0 ? null : rows.stream().mapToDouble(Row::cycleDays).sum() / won;
        List<CurrencyVelocity> byCurrency = new ArrayList<>();
        for (Row row : rows) {
            BigDecimal average = row.wonWithValue() == 0 ? null
                    : Money.cents(row.wonValue().divide(BigDecimal.valueOf(row.wonWithValue()), MathContext.DECIMAL64));
            byCurrency.add(new CurrencyVelocity(row.currency(), row.open(), average, velocity(row.open(), won, won + lost, average, cycle)));
        }
        return new Velocity(open, won, lost, winRate, Money.days(cycle), byCurrency);
    }

    /** From the counts rather than the rounded win rate, so the figure is exact to the cent. */
    private static BigDecimal velocity(long open, long won, long closed, BigDecimal averageWonValue, Double cycleDays) {
        if (closed == 0 || averageWonValue == null || cycleDays == null) return null;
        return BigDecimal.valueOf(open * won).multiply(averageWonValue)
                .divide(BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(Math.max(MINIMUM_CYCLE_DAYS, cycleDays))), 2, RoundingMode.HALF_UP);
    }
}
