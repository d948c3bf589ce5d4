package dev.crm.common.web;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list: {@code {"items": [...], "nextCursor": "..."}}; no cursor on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only says that
     * another page exists; the cursor points after the last row shown.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) return new Page<>(rows, null);
        List<T> shown = rows.subList(0, limit);
        return new Page<>(List.copyOf(shown), cursorOf.apply(shown.get(limit - 1)));
    }
}
