package dev.crm.contact.search;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words of a search, folded by the database exactly as records are (lower case, no accents,
 * split at anything not a letter or digit), and the text-search queries of each tier: every word
 * exactly, every word as a prefix, and every word as a prefix or one of its near words; and whether
 * the dictionary allows the first two to match at all.
 */
record SearchQuery(List<String> words, boolean exactMayMatch, boolean prefixMayMatch) {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 10;

    static String checked(String q) {
        if (q.length() < MIN_LENGTH) throw invalid("needs at least " + MIN_LENGTH + " characters");
        if (q.length() > MAX_LENGTH) throw invalid("can have at most " + MAX_LENGTH + " characters");
        return q;
    }

    SearchQuery {
        if (words.isEmpty()) throw invalid("needs letters or digits");
        if (words.size() > MAX_WORDS) throw invalid("can have at most " + MAX_WORDS + " words");
    }

    String exact() {
        return join(SearchQuery::lexeme);
    }

    String prefix() {
        return join(w -> lexeme(w) + ":*");
    }

    /** Each word as a prefix or one of its near words (typos); near words come from the dictionary. */
    String near(Function<String, List<String>> nearWords) {
        return join(w -> "(" + lexeme(w) + ":*" + nearWords.apply(w).stream().map(n -> " | " + lexeme(n)).collect(Collectors.joining()) + ")");
    }

    private String join(Function<String, String> term) {
        return words.stream().map(term).collect(Collectors.joining(" & "));
    }

    /** Words hold only letters and digits; quoting keeps the query well-formed whatever they hold. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static CrmException invalid(String message) {
        return CrmException.onField(CommonError.VALIDATION_FAILED, "q", message);
    }
}
