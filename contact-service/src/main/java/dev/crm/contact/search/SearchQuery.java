package dev.crm.contact.search;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words of a search, folded by the database exactly as records are (lower case, no accents,
 * split at anything not a letter or digit), and the text-search queries of each tier: every word
 * exactly; the last word (the one being typed) as a prefix; every word or one of its near words.
 * Only the last word is a prefix: a word earlier in the query is finished, and a prefix of a word
 * that most records hold (an email domain, "company") would read a posting list of the whole table.
 * Also whether the dictionary allows the first two tiers to match at all.
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
        return join((w, last) -> lexeme(w));
    }

    /** The words before the last exactly, the last (the one being typed) as a prefix. */
    String prefix() {
        return join((w, last) -> last ? lexeme(w) + ":*" : lexeme(w));
    }

    /**
     * Each word or one of its near words (typos; near words come from the dictionary), the last also
     * as a prefix.
     */
    String near(Function<String, List<String>> nearWords) {
        return join((w, last) -> "(" + lexeme(w) + (last ? ":*" : "")
                + nearWords.apply(w).stream().map(n -> " | " + lexeme(n)).collect(Collectors.joining()) + ")");
    }

    private String join(BiFunction<String, Boolean, String> term) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) terms.add(term.apply(words.get(i), i == words.size() - 1));
        return String.join(" & ", terms);
    }

    /** Words hold only letters and digits; quoting keeps the query well-formed whatever they hold. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static CrmException invalid(String message) {
        return CrmException.onField(CommonError.VALIDATION_FAILED, "q", message);
    }
}
