package dev.crm.system;

import dev.crm.testing.ApiClient;
import java.util.List;

/** Sends a case, times it, and checks the answer: under 500, within the time limit, a problem when refused. */
final class FuzzSender {

    /**
     * 4xx answers that are not problem JSON, each for a reason: the tracking pixel answers a GIF for any
     * token (a mail client shows an image, never an error), and the unsubscribe page is a page for people.
     */
    private static final List<String> NOT_JSON_ROUTES = List.of("GET /t/o/{token}", "GET /t/u/{token}", "POST /t/u/{token}");

    private final ApiClient client;
    private final FuzzReport report;

    FuzzSender(ApiClient client, FuzzReport report) {
        this.client = client;
        this.report = report;
    }

    void send(FuzzCase c) {
        long start = System.nanoTime();
        ApiClient.Response r;
        try {
            r = exchange(c);
            if (r.status() == 429) r = retryAfter(c, r);
        } catch (IllegalStateException e) {
            report.fail(c.describe() + ": no answer: " + e.getMessage());
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        report.add(new FuzzReport.Result(c, r.status(), millis, r.contentType()));
        String what = c.describe() + " answered " + r.status() + " " + abbreviate(r.text());
        if (r.status() >= 500) report.fail(what);
        if (millis > ApiFuzzIT.TIME_LIMIT_MS) report.fail(c.describe() + " took " + millis + " ms");
        if (c.refused() && r.status() < 400) report.fail(what + ": a malformed request was accepted");
        if (r.status() >= 400 && !NOT_JSON_ROUTES.contains(c.operation().name())
                && (r.contentType() == null || !r.contentType().startsWith("application/problem+json"))) {
            report.fail(what + " as " + r.contentType() + ", not application/problem+json");
        }
    }

    private ApiClient.Response exchange(FuzzCase c) {
        return c.body() == null ? client.send(c.method(), c.path(), null, null) : client.sendBytes(c.method(), c.path(), c.contentType(), c.body());
    }

    /** The member's rate limit (200 a second) is not what is tested: wait as told, once, when it is short. */
    private ApiClient.Response retryAfter(FuzzCase c, ApiClient.Response limited) {
        long seconds = parse(limited.header("Retry-After"));
        if (seconds > 2) return limited;
        try {
            Thread.sleep(seconds * 1000 + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exchange(c);
    }

    private static long parse(String seconds) {
        try {
            return seconds == null ? 1 : Long.parseLong(seconds.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
