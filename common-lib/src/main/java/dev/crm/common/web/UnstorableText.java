package dev.crm.common.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * PostgreSQL refuses U+0000 in text and in jsonb (SQLSTATE 22021 character_not_in_repertoire, 22P05
 * untranslatable_character). Java strings carry it from any parameter or JSON string, so a statement is
 * where it surfaces, wrapped in whatever the data layer throws.
 */
final class UnstorableText {

    private static final Set<String> STATES = Set.of("22021", "22P05");

    static boolean isCauseOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) return true;
        }
        return false;
    }

    private UnstorableText() {}
}
