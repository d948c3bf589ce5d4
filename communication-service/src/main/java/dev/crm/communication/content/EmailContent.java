package dev.crm.communication.content;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * An email's body as sent: its HTML sanitized (OWASP Java HTML Sanitizer: formatting, blocks, tables,
 * images and http(s)/mailto links; no scripts, styles sheets, forms or event handlers) and the plain-text
 * part made from it (jsoup), links written out after their text.
 */
public record EmailContent(String html, String text) {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES).and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "span", "div").allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href").onElements("a").requireRelNofollowOnLinks().toFactory());

    /** Elements followed by a blank line in the plain text. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "hr");

    public static EmailContent of(String html) {
        String safe = POLICY.sanitize(html);
        return new EmailContent(safe, plainText(safe));
    }

    private static String plainText(String html) {
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.nameIs("li")) {
                    newLine(out).append("- ");
                } else if (node instanceof Element e && e.isBlock()) {
                    newLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("a")) {
                    String href = e.attr("href");
                    if (!href.isEmpty() && !href.equals(e.text()) && !href.equals("mailto:" + e.text())) out.append(" <").append(href).append('>');
                } else if (node instanceof Element e && PARAGRAPHS.contains(e.normalName())) {
                    newLine(out).append('\n');
                } else if (node instanceof Element e && e.isBlock() && !e.nameIs("li")) {
                    newLine(out);
                }
            }
        });
        return tidy(out).strip();
    }

    /**
     * The text without spaces or tabs before a line break and with at most one blank line in a row: one pass,
     * where {@code replaceAll("[ \t]+\n", ...)} rescans a run of blanks from each of its characters.
     */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanks = 0;
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                blanks++;
            } else if (c == '\n') {
                blanks = 0;
                if (++breaks <= 2) out.append('\n');
            } else {
                for (int b = 0; b < blanks; b++) out.append(text.charAt(i - blanks + b));
                out.append(c);
                blanks = 0;
                breaks = 0;
            }
        }
        return out.toString();
    }

    private static StringBuilder newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
        return out;
    }
}
