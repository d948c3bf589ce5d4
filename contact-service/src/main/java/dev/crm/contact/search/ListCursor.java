package dev.crm.contact.search;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a list continues: the order it belongs to (a sort label or a search tier), the last row's
 * id and, for sorts, its sort value (null when the row had none). Opaque to clients; one given out
 * for another order is refused.
 */
record ListCursor(String order, UUID id, String value) {

    private static final String SEPARATOR = "\u0000";

    String encode() {
        String text = order + SEPARATOR + id + (value == null ? "" : SEPARATOR + value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static ListCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, 3);
            return new ListCursor(parts[0], UUID.fromString(parts[1]), parts.length == 3 ? parts[2] : null);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    static CrmException invalid() {
        return CrmException.onField(CommonError.VALIDATION_FAILED, "cursor", "is not a cursor this list gave out");
    }
}
