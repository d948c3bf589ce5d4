package dev.crm.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a client asked of a list: how many items (capped at {@value #MAX_LIMIT}) and where to continue.
 * Cursors are opaque to clients; here they wrap the id of the last row shown (ids are time-ordered).
 */
public record PageRequest(int limit, Optional<UUID> after) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(PageRequest::decode));
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The page of rows fetched with {@link #fetchSize()}, its cursor after the id of the last row shown. */
    public <T> Page<T> page(List<T> rows, Function<T, UUID> idOf) {
        return Page.fromOverfetch(rows, limit, row -> cursorFor(idOf.apply(row)));
    }

    public static String cursorFor(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static UUID decode(String cursor) {
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "cursor", "is not a cursor this list gave out");
        }
    }
}
