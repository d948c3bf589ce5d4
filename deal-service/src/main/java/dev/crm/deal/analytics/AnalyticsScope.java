package dev.crm.deal.analytics;

import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.Role;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an analytics figure covers: one pipeline, optionally one owner, optionally a period (dates,
 * inclusive, in UTC). Managers and admins see every rep; sales reps and viewers their own deals only.
 */
record AnalyticsScope(CurrentTenant tenant, UUID pipelineId, UUID ownerId, LocalDate from, LocalDate to) {

    static AnalyticsScope of(UUID pipelineId, UUID ownerId, LocalDate from, LocalDate to) {
        CurrentUser user = CurrentUser.require();
        boolean seesEveryone = user.role() == Role.ADMIN || user.role() == Role.MANAGER;
        if (!seesEveryone && ownerId != null && !ownerId.equals(user.id())) {
            throw CrmException.onField(CommonError.FORBIDDEN, "ownerId", "Your role sees the figures of your own deals only.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "from", "The period starts after it ends.");
        }
        return new AnalyticsScope(TenantContext.require(), pipelineId, seesEveryone ? ownerId : user.id(), from, to);
    }

    String table(String name) {
        return tenant.table(name);
    }

    /** The condition on deals {@code d}: live, in the pipeline, of the owner; its parameters are added to {@code parameters}. */
    String deals(List<Object> parameters) {
        parameters.add(pipelineId);
        if (ownerId == null) return "d.deleted_at is null and d.pipeline_id = ?";
        parameters.add(ownerId);
        return "d.deleted_at is null and d.pipeline_id = ? and d.owner_id = ?";
    }

    /** {@code " and column >= from and column < to + 1 day"} on a time column, for the bounds given, or nothing. */
    String period(String column, List<Object> parameters) {
        return between(column, parameters, from == null ? null : startOf(from), to == null ? null : startOf(to.plusDays(1)));
    }

    /** The same on a date column. */
    String datePeriod(String column, List<Object> parameters) {
        return between(column, parameters, from, to == null ? null : to.plusDays(1));
    }

    private static String between(String column, List<Object> parameters, Object start, Object end) {
        StringBuilder where = new StringBuilder();
        if (start != null) {
            where.append(" and ").append(column).append(" >= ?");
            parameters.add(start);
        }
        if (end != null) {
            where.append(" and ").append(column).append(" < ?");
            parameters.add(end);
        }
        return where.toString();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static List<Object> parameters() {
        return new ArrayList<>();
    }
}
