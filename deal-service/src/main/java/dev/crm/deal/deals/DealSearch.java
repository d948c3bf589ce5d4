package dev.crm.deal.deals;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;

/** The deal list's {@code q}: part of a deal's name, folded by the database as the contact search folds (case and accents). */
final class DealSearch {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 200;

    private DealSearch() {}

    /** The text to search for, or null for no search; too short or too long is a 400 naming {@code q}. */
    static String checked(String q) {
        if (q == null || q.isBlank()) return null;
        String text = q.strip();
        if (text.length() < MIN_LENGTH) throw invalid("needs at least " + MIN_LENGTH + " characters");
        if (text.length() > MAX_LENGTH) throw invalid("can have at most " + MAX_LENGTH + " characters");
        return text;
    }

    /** A LIKE pattern's wildcards taken literally: a name holding "50%" is found by "50%", not by everything. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CrmException invalid(String message) {
        return CrmException.onField(CommonError.VALIDATION_FAILED, "q", message);
    }
}
