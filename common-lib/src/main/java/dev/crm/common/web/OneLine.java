package dev.crm.common.web;

/**
 * Text that ends up in an email header (a subject, a sender's name): one line without control
 * characters, so that no value can start a header of its own. The pattern is one character class:
 * linear however long the value.
 */
public final class OneLine {

    public static final String PATTERN = "[^\\p{Cntrl}\\u2028\\u2029]*";
    public static final String MESSAGE = "must be one line without control characters";

    private OneLine() {}

    /**
     * {@code text} made safe for a header whatever it holds (values stored before they were checked):
     * control characters and line separators become spaces, runs of them one space, at most {@code max}
     * characters; null stays null.
     */
    public static String of(String text, int max) {
        if (text == null) return null;
        StringBuilder line = new StringBuilder(Math.min(text.length(), max));
        boolean gap = false;
        for (int i = 0; i < text.length() && line.length() < max; i++) {
            char c = text.charAt(i);
            boolean breaking = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (breaking) {
                gap = true;
                continue;
            }
            if (gap && !line.isEmpty()) line.append(' ');
            gap = false;
            line.append(c);
        }
        return line.length() > max ? line.substring(0, max) : line.toString();
    }
}
