package dev.crm.deal.analytics;

import java.util.List;

/**
 * The deals of a scope with a flag {@code in_period}: closed within the period. Velocity and rep
 * figures count the open deals as they are now and the deals won or lost in the period.
 */
final class ClosedDeals {

    private ClosedDeals() {}

    /** A subquery over the scope's deals: {@code owner_id, currency, status, value, cycle_days, in_period}. */
    static String subquery(AnalyticsScope scope, List<Object> parameters) {
        String inPeriod = "(d.closed_at is not null" + scope.period("d.closed_at", parameters) + ")";
        return "(select d.owner_id, d.currency, d.status, d.value, extract(epoch from d.closed_at - d.created_at) / 86400 as cycle_days, "
                + inPeriod + " as in_period from " + scope.table("deals") + " d where " + scope.deals(parameters) + ") x";
    }

    /** Columns over {@link #subquery}: open, won, lost, won value, won deals with a value, won cycle days (sum). */
    static final String FIGURES = "count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'WON' and in_period),"
            + " count(*) filter (where status = 'LOST' and in_period), sum(value) filter (where status = 'WON' and in_period),"
            + " count(value) filter (where status = 'WON' and in_period), sum(cycle_days) filter (where status = 'WON' and in_period)";
}
