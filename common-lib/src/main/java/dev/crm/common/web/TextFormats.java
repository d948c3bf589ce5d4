package dev.crm.common.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Formats accepted in several places (contact fields, custom field values): phone numbers and web addresses. */
public final class TextFormats {

    /** Digits with the usual separators, an optional leading + or area code in parentheses, and an extension: "+1 (555) 010-9999 x12", "(512) 757-6000". */
    public static final String PHONE = "^\\s*\\+?\\(?[0-9][0-9 ()./\\-]{1,30}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?\\s*$";

    public static final String PHONE_MESSAGE = "must be a phone number: digits, spaces, ( ) . / -, a leading + and an extension (+1 555 010 9999 x12)";

    private TextFormats() {}

    /** An absolute http or https address with a host (no javascript:, data: or relative links). */
    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
