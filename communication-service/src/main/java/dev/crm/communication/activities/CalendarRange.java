package dev.crm.communication.activities;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days [from, to) of a calendar as the member's clock shows them ({@code zone}, UTC when not given), and how many
 * entries it holds at most. Days rather than instants, so that a week is the same seven days on both sides of a
 * daylight-saving change (it may then last 167 or 169 hours).
 */
record CalendarRange(LocalDate from, LocalDate to, ZoneId zone, int limit) {

    static final int MAX_DAYS = 31;
    static final int MAX_ITEMS = 500;
    private static final ZoneId UTC = ZoneId.of("UTC");

    static CalendarRange of(LocalDate from, LocalDate to, String zone, Integer limit) {
        if (!to.isAfter(from)) throw invalid("to", "The range ends after it starts (to is the day after the last one shown).");
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) throw invalid("to", "A calendar shows at most " + MAX_DAYS + " days.");
        if (limit != null && (limit < 1 || limit > MAX_ITEMS)) throw invalid("limit", "Between 1 and " + MAX_ITEMS + ".");
        return new CalendarRange(from, to, zoneOf(zone), limit == null ? MAX_ITEMS : limit);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    private static ZoneId zoneOf(String zone) {
        if (zone == null || zone.isBlank()) return UTC;
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw invalid("zone", "Not a time zone: give an IANA name such as Europe/Berlin.");
        }
    }

    private static CrmException invalid(String field, String message) {
        return CrmException.onField(CommonError.VALIDATION_FAILED, field, message);
    }
}
