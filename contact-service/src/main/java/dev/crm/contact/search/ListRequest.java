package dev.crm.contact.search;

import java.util.List;
import java.util.Map;

/**
 * What a client asked of a list: free text {@code q}, a {@code sort}, the page, and every query
 * parameter (custom field filters {@code cf.*} are read from them).
 */
public record ListRequest(String q, String sort, Integer limit, String cursor, Map<String, List<String>> parameters) {

    public ListRequest {
        q = q == null || q.isEmpty() ? null : q.strip(); // "?q=" is no search; "?q=%20" is too short a search
        sort = sort == null || sort.isBlank() ? null : sort.strip();
        parameters = parameters == null ? Map.of() : parameters;
    }
}
