package dev.crm.communication.emails;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CrmException;
import dev.crm.communication.CommunicationError;
import dev.crm.communication.tracking.TrackingTokens.Claim;
import dev.crm.communication.tracking.TrackingTokens.Purpose;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public addresses in sent emails (no sign-in: the signed token is the credential): the open pixel
 * {@code /t/o}, click redirects {@code /t/c} (only to a link that was in the email) and unsubscribing
 * {@code /t/u} (a page to confirm, and the one-click POST of RFC 8058). A token that does not verify, or
 * names no sent email, is a 404.
 */
@RestController
class TrackingController {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final EmailTracking tracking;
    private final EmailEngagement engagement;

    TrackingController(EmailTracking tracking, EmailEngagement engagement) {
        this.tracking = tracking;
        this.engagement = engagement;
    }

    @GetMapping("/t/o/{token}")
    ResponseEntity<byte[]> open(@PathVariable String token, @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String agent) {
        boolean recorded = as(Purpose.OPEN, token, claim -> () -> engagement.opened(claim.emailId(), agent));
        if (!recorded) throw notFound();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_GIF).body(PIXEL);
    }

    @GetMapping("/t/c/{token}")
    ResponseEntity<Void> click(@PathVariable String token, @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String agent) {
        Optional<String> target = as(Purpose.CLICK, token, claim -> () -> engagement.clicked(claim.emailId(), claim.link(), agent));
        return ResponseEntity.status(HttpStatus.FOUND).cacheControl(CacheControl.noStore())
                .location(URI.create(target.orElseThrow(TrackingController::notFound))).build();
    }

    @GetMapping("/t/u/{token}")
    ResponseEntity<String> unsubscribePage(@PathVariable String token) {
        String address = as(Purpose.UNSUBSCRIBE, token, claim -> () -> engagement.recipient(claim.emailId()))
                .orElseThrow(TrackingController::notFound);
        return page("Unsubscribe", "<p>Stop emails from this sender to <strong>" + HtmlUtils.htmlEscape(address) + "</strong>?</p>"
                + "<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    /** The confirmation from the page, or a mail client's one-click unsubscribe ({@code List-Unsubscribe=One-Click}). */
    @PostMapping("/t/u/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        String address = as(Purpose.UNSUBSCRIBE, token, claim -> () -> engagement.unsubscribe(claim.emailId()))
                .orElseThrow(TrackingController::notFound);
        return page("Unsubscribed", "<p><strong>" + HtmlUtils.htmlEscape(address) + "</strong> will not receive emails from this sender any more.</p>");
    }

    /** Runs the work the verified token asks for in its organization's context; empty-handed (404) when it does not verify. */
    private <T> T as(Purpose purpose, String token, Function<Claim, Supplier<T>> work) {
        Map.Entry<Claim, CurrentTenant> verified = tracking.verify(purpose, token).orElseThrow(TrackingController::notFound);
        return TenantContext.callAs(verified.getValue(), work.apply(verified.getKey()));
    }

    private static ResponseEntity<String> page(String title, String body) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + title + "</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;"
                + "color:#111827}button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:0;background:#4f46e5;color:#fff;"
                + "cursor:pointer}</style></head><body><h1>" + title + "</h1>" + body + "</body></html>";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'").body(html);
    }

    private static CrmException notFound() {
        return new CrmException(CommunicationError.TRACKING_LINK_NOT_FOUND, "This link is not valid.");
    }
}
