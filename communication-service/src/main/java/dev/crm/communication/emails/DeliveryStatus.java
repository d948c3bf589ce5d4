package dev.crm.communication.emails;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-recipient fields of an RFC 3464 {@code message/delivery-status} part: groups of header-style
 * fields separated by blank lines, the first about the message, each further one about a recipient.
 * Read by one pass over the lines (no pattern); a part over {@link #MAX_LENGTH} is refused, since a real
 * report about an email of ours (one address and up to 20 copies) is a few kilobytes.
 */
record DeliveryStatus(String finalRecipient, String action, String status, String diagnosticCode) {

    static final int MAX_LENGTH = 64 * 1024;

    /** The recipients' groups of {@code text}, in order; those without a Final-Recipient or an Action are left out. */
    static List<DeliveryStatus> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "message", "has a delivery-status part over 64 KB.");
        }
        List<DeliveryStatus> recipients = new ArrayList<>();
        Map<String, StringBuilder> group = new HashMap<>();
        String last = null;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                add(group, recipients);
                group = new HashMap<>();
                last = null;
            } else if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                group.get(last).append(' ').append(line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) continue;
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                group.putIfAbsent(last, new StringBuilder(line.substring(colon + 1).strip()));
            }
        }
        add(group, recipients);
        return recipients;
    }

    private static void add(Map<String, StringBuilder> group, List<DeliveryStatus> recipients) {
        String recipient = field(group, "final-recipient");
        String action = field(group, "action");
        if (recipient.isEmpty() || action.isEmpty()) return;
        recipients.add(new DeliveryStatus(recipient.substring(recipient.indexOf(';') + 1).strip(), action.toLowerCase(Locale.ROOT),
                field(group, "status"), field(group, "diagnostic-code")));
    }

    private static String field(Map<String, StringBuilder> group, String name) {
        StringBuilder value = group.get(name);
        return value == null ? "" : value.toString().strip();
    }

    boolean failed() {
        return action.startsWith("failed");
    }

    boolean permanent() {
        return failed() && status.startsWith("5");
    }

    boolean delivered() {
        return action.startsWith("delivered") || action.startsWith("relayed");
    }

    boolean delayed() {
        return action.startsWith("delayed");
    }

    String reason() {
        return (status + " " + diagnosticCode).strip();
    }
}
