package dev.crm.deal.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forecast: the open deals' value and their value weighted by their stage's probability, by expected
 * close month and by owner. The period filters the expected close date.
 */
@Component
class ForecastReport {

    record Figures(long deals, Map<String, BigDecimal> openValue, Map<String, BigDecimal> weightedValue) {
        static Figures none() {
            return new Figures(0, Money.empty(), Money.empty());
        }

        Figures plus(long count, String currency, BigDecimal open, BigDecimal weighted) {
            Money.add(openValue, currency, open);
            Money.add(weightedValue, currency, weighted);
            return new Figures(deals + count, openValue, weightedValue);
        }
    }

    record Month(String month, long deals, Map<String, BigDecimal> openValue, Map<String, BigDecimal> weightedValue) {}

    record Owner(UUID ownerId, long deals, Map<String, BigDecimal> openValue, Map<String, BigDecimal> weightedValue) {}

    record Forecast(List<Month> byMonth, List<Owner> byOwner, Figures total) {}

    private final JdbcTemplate jdbc;

    ForecastReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Forecast compute(AnalyticsScope scope) {
        List<Object> parameters = AnalyticsScope.parameters();
        String where = scope.deals(parameters) + scope.datePeriod("d.expected_close_date", parameters);
        Map<String, Figures> months = new LinkedHashMap<>(); // in month order, deals without a date last
        Map<UUID, Figures> owners = new LinkedHashMap<>();
        Figures[] total = {Figures.none()};
        jdbc.query("select to_char(d.expected_close_date, 'YYYY-MM'), d.owner_id, d.currency, count(*), sum(d.value),"
                + " sum(d.value * s.probability / 100.0)"
                + " from " + scope.table("deals") + " d join " + scope.table("stages") + " s on s.id = d.stage_id"
                + " where " + where + " and d.status = 'OPEN' group by 1, 2, 3 order by 1 nulls last, 2, 3", rs -> {
            String month = rs.getString(1);
            UUID owner = rs.getObject(2, UUID.class);
            String currency = rs.getString(3);
            long count = rs.getLong(4);
            BigDecimal open = rs.getBigDecimal(5);
            BigDecimal weighted = rs.getBigDecimal(6);
            months.put(month, months.getOrDefault(month, Figures.none()).plus(count, currency, open, weighted));
            owners.put(owner, owners.getOrDefault(owner, Figures.none()).plus(count, currency, open, weighted));
            total[0] = total[0].plus(count, currency, open, weighted);
        }, parameters.toArray());
        return new Forecast(
                months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue().deals(),
                        e.getValue().openValue(), e.getValue().weightedValue())).toList(),
                owners.entrySet().stream().map(e -> new Owner(e.getKey(), e.getValue().deals(), e.getValue().openValue(),
                        e.getValue().weightedValue())).toList(),
                total[0]);
    }
}
