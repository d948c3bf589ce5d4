package dev.crm.deal.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/** Amounts per currency ({@code {"EUR": 1200.00}}): sums of values in different currencies are never added together. */
final class Money {

    private Money() {}

    static Map<String, BigDecimal> empty() {
        return new TreeMap<>();
    }

    static void add(Map<String, BigDecimal> sums, String currency, BigDecimal amount) {
        if (amount == null) return;
        sums.merge(currency, cents(amount), BigDecimal::add);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole}, 0..1 with four decimals; null when the whole is nothing. */
    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** Days, one decimal; null for none. */
    static BigDecimal days(Double days) {
        return days == null ? null : BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP);
    }
}
