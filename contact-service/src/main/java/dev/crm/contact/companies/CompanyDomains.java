package dev.crm.contact.companies;

import dev.crm.common.web.TextFormats;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's domain in one canonical form, so "https://www.Acme.com/about", "acme.com." and
 * "ACME.COM" are the same company: lowercase, no scheme, "www.", port, path or trailing dot, and
 * international names in their ASCII (punycode) form. Text longer than a web address may be is refused
 * before any pattern runs; the patterns themselves are linear (docs/security-input.md).
 */
public final class CompanyDomains {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private CompanyDomains() {}

    /** The canonical domain, or empty when the text is not a domain (or a web address of one). */
    public static Optional<String> normalize(String text) {
        if (text == null || text.isBlank() || text.length() > TextFormats.MAX_WEB_ADDRESS) return Optional.empty();
        String host = text.strip().toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.split("[/?#]", 2)[0];
        int at = host.lastIndexOf('@');
        if (at >= 0) host = host.substring(at + 1);
        host = host.replaceFirst(":\\d*$", "");
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.startsWith("www.")) host = host.substring(4);
        try {
            host = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return isDomain(host) ? Optional.of(host) : Optional.empty();
    }

    private static boolean isDomain(String host) {
        if (host.length() > 253) return false;
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) return false;
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) return false;
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
