package dev.crm.communication.tracking;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of an email's HTML that are tracked: every {@code <a href>} to an http(s) address, in document
 * order. Sending rewrites them to tracking addresses by index; a click reads the target at its index back
 * from the email as stored, which is why only an index travels in the token.
 */
public final class TrackedLinks {

    private TrackedLinks() {}

    public static Optional<String> target(String html, int index) {
        List<Element> links = links(Jsoup.parseBodyFragment(html));
        return index < links.size() ? Optional.of(links.get(index).attr("href")) : Optional.empty();
    }

    /** The HTML with link {@code i} pointing at {@code trackingUrl.apply(i)}. */
    public static String rewrite(String html, IntFunction<String> trackingUrl) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<Element> links = links(document);
        for (int i = 0; i < links.size(); i++) links.get(i).attr("href", trackingUrl.apply(i));
        return document.body().html();
    }

    private static List<Element> links(Document document) {
        return document.select("a[href]").stream().filter(a -> a.attr("href").matches("(?i)https?://.+")).toList();
    }
}
