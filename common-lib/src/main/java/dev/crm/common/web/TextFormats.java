package dev.crm.common.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Formats accepted in several places (contact fields, custom field values): phone numbers, email addresses
 * and web addresses. Each check refuses an over-long value before it looks at its characters, and each runs
 * in time linear in what it looks at (docs/adr/0020): a request cannot make a check backtrack.
 */
public final class TextFormats {

    public static final int MAX_PHONE = 64;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_WEB_ADDRESS = 2048;

    /**
     * Digits with the usual separators, an optional leading + or area code in parentheses, and an extension:
     * "+1 (555) 010-9999 x12", "(512) 757-6000". Every quantifier is possessive (nothing is given back), and
     * what follows each one cannot start with what it consumed, so the pattern never backtracks.
     */
    private static final Pattern PHONE = Pattern.compile(
            "\\s*+\\+?+\\(?+[0-9][0-9 ()./\\-]{1,30}+(?:\\s*+(?:x|ext\\.?+)\\s*+[0-9]{1,6}+)?+\\s*+");

    public static final String PHONE_MESSAGE = "must be a phone number: digits, spaces, ( ) . / -, a leading + and an extension (+1 555 010 9999 x12)";

    private TextFormats() {}

    public static boolean isPhoneNumber(String text) {
        return text != null && text.length() <= MAX_PHONE && PHONE.matcher(text).matches();
    }

    /** One @ with 1 to 64 characters before it, a dot inside the domain after it, no white space: a@b.c. */
    public static boolean isEmailAddress(String text) {
        if (text == null || text.length() > MAX_EMAIL) return false;
        int at = text.indexOf('@');
        if (at < 1 || at > 64 || text.indexOf('@', at + 1) >= 0) return false;
        for (int i = 0; i < text.length(); i++) {
            if (isWhiteSpace(text.charAt(i))) return false;
        }
        int dot = text.indexOf('.', at + 2);
        return dot > 0 && dot < text.length() - 1;
    }

    /** An absolute http or https address with a host (no javascript:, data: or relative links). */
    public static boolean isWebAddress(String text) {
        if (text == null || text.length() > MAX_WEB_ADDRESS) return false;
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What {@code \s} matches in a Java pattern. */
    private static boolean isWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
