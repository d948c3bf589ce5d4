package dev.crm.communication.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Whether an open or click was likely made by a machine rather than a person: mail privacy proxies that
 * fetch every image ahead of the reader (Apple Mail Privacy Protection sends a bare {@code Mozilla/5.0}),
 * security scanners and link checkers (their names, HTTP libraries), and anything within seconds of
 * sending (scanners fetch on delivery). Such events are kept, flagged, and not counted as human.
 * Google's and Yahoo's image proxies fetch when a person opens the email: counted as human.
 */
public final class MachineOpens {

    static final Duration TOO_SOON = Duration.ofSeconds(2);

    private static final List<String> MACHINES = List.of("bot", "crawler", "spider", "scanner", "preview", "barracuda", "mimecast",
            "proofpoint", "messagelabs", "symantec", "trendmicro", "forcepoint", "sophos", "safelinks", "curl/", "wget/",
            "python-requests", "python-urllib", "java/", "go-http-client", "okhttp", "apache-httpclient", "headlesschrome", "libwww-perl");

    private MachineOpens() {}

    public static boolean isMachine(String userAgent, Instant sentAt, Instant at) {
        if (userAgent == null || userAgent.isBlank() || userAgent.strip().equals("Mozilla/5.0")) return true;
        if (sentAt != null && Duration.between(sentAt, at).compareTo(TOO_SOON) < 0) return true;
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return MACHINES.stream().anyMatch(ua::contains);
    }
}
