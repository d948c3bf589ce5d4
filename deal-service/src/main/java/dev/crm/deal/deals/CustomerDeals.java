package dev.crm.deal.deals;

import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a customer is worth: the live deals of a contact, or of a company group (the companies given,
 * a parent and its sub-companies), counted and summed by status and currency. A value is never added
 * across currencies.
 */
@Component
class CustomerDeals {

    static final int MAX_COMPANIES = 500;

    record Totals(long count, Map<String, BigDecimal> value) {}

    record Summary(Totals open, Totals won, Totals lost) {}

    private final JdbcTemplate jdbc;

    CustomerDeals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Summary of(UUID contactId, List<UUID> companyIds) {
        boolean byCompanies = companyIds != null && !companyIds.isEmpty();
        if ((contactId == null) == !byCompanies) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "contactId", "Give a contactId or one or more companyId, not both.");
        }
        if (byCompanies && companyIds.size() > MAX_COMPANIES) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "companyId", "At most " + MAX_COMPANIES + " companies at once.");
        }
        Map<DealStatus, Long> counts = new EnumMap<>(DealStatus.class);
        Map<DealStatus, Map<String, BigDecimal>> values = new EnumMap<>(DealStatus.class);
        jdbc.query("select status, currency, count(*), coalesce(sum(value), 0) from " + TenantContext.require().table("deals")
                        + " where deleted_at is null and " + (byCompanies ? "company_id = any(?)" : "contact_id = ?")
                        + " group by status, currency",
                rs -> {
                    DealStatus status = DealStatus.valueOf(rs.getString(1));
                    counts.merge(status, rs.getLong(3), Long::sum);
                    BigDecimal sum = rs.getBigDecimal(4);
                    if (sum.signum() != 0) values.computeIfAbsent(status, s -> new TreeMap<>()).put(rs.getString(2), sum);
                },
                byCompanies ? companyIds.toArray(UUID[]::new) : contactId);
        return new Summary(totals(DealStatus.OPEN, counts, values), totals(DealStatus.WON, counts, values),
                totals(DealStatus.LOST, counts, values));
    }

    private static Totals totals(DealStatus status, Map<DealStatus, Long> counts, Map<DealStatus, Map<String, BigDecimal>> values) {
        return new Totals(counts.getOrDefault(status, 0L), values.getOrDefault(status, Map.of()));
    }
}
