package dev.crm.deal.deals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filters of the deal list; each one given narrows it ({@code closedAfter}: open deals and those closed since;
 * {@code q}: part of the name, checked by {@link DealSearch}).
 */
public record DealFilter(UUID pipelineId, UUID stageId, UUID ownerId, DealStatus status, UUID contactId, UUID companyId,
                         Instant closedAfter, String q) {

    /** The SQL condition over {@code deals d} (live deals only) and its parameters, in order. */
    String where(List<Object> parameters) {
        StringBuilder where = new StringBuilder("d.deleted_at is null");
        condition(where, parameters, "d.pipeline_id", pipelineId);
        condition(where, parameters, "d.stage_id", stageId);
        condition(where, parameters, "d.owner_id", ownerId);
        condition(where, parameters, "d.status", status == null ? null : status.name());
        condition(where, parameters, "d.contact_id", contactId);
        condition(where, parameters, "d.company_id", companyId);
        if (closedAfter != null) {
            // open deals, and the closed ones since then (a board's won and lost columns)
            where.append(" and (d.closed_at is null or d.closed_at >= ?)");
            parameters.add(Timestamp.from(closedAfter));
        }
        if (q != null) {
            // folded in the database exactly as search_text is (V5), so "zoe" finds "Zoë"
            where.append(" and d.search_text like '%' || public.crm_search_text(array[cast(? as text)]) || '%' escape '\\'");
            parameters.add(DealSearch.literal(q));
        }
        return where.toString();
    }

    static List<Object> parameters() {
        return new ArrayList<>();
    }

    private static void condition(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value == null) return;
        where.append(" and ").append(column).append(" = ?");
        parameters.add(value);
    }
}
