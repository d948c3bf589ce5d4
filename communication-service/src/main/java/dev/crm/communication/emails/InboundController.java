package dev.crm.communication.emails;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.communication.CommunicationError;
import dev.crm.communication.settings.CommunicationSettingsService;
import dev.crm.communication.tracking.TrackingTokens.Claim;
import dev.crm.communication.tracking.TrackingTokens.Purpose;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An organization's inbound mail address {@code /t/inbound/{token}} (its token signed like tracking links:
 * the credential), where a mail provider's inbound webhook posts what arrives: the raw MIME as the body
 * ({@code message/rfc822}, up to 1 MB) or as a multipart form's {@code email} (SendGrid) or {@code body-mime}
 * (Mailgun) field (up to 25 MB). Admins read the address from {@code /api/communications/inbound-address} and
 * replace it with {@code POST .../rotate} (the token carries the organization's inbound generation). With a
 * Mailgun signing key configured, only posts Mailgun signed are taken (docs/adr/0020).
 */
@RestController
class InboundController {

    private final EmailTracking tracking;
    private final InboundMail inbound;
    private final CommunicationSettingsService settings;
    private final MailgunSignatures mailgun;
    private final String publicUrl;

    InboundController(EmailTracking tracking, InboundMail inbound, CommunicationSettingsService settings, MailgunSignatures mailgun,
                      @Value("${crm.public-url}") String publicUrl) {
        this.tracking = tracking;
        this.inbound = inbound;
        this.settings = settings;
        this.mailgun = mailgun;
        this.publicUrl = publicUrl;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/communications/inbound-address")
    Map<String, String> address() {
        return address(settings.inboundGeneration());
    }

    /** A new address for the organization; the one it replaces stops working at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/communications/inbound-address/rotate")
    Map<String, String> rotate() {
        return address(settings.rotateInboundAddress());
    }

    private Map<String, String> address(UUID generation) {
        String token = tracking.inboundToken(TenantContext.require().id(), generation);
        return Map.of("url", publicUrl + "/t/inbound/" + token);
    }

    @PostMapping(path = "/t/inbound/{token}", consumes = {"message/rfc822", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    InboundMail.Outcome raw(@PathVariable String token, @RequestBody byte[] message) {
        mailgun.refuseUnsigned();
        return receive(token, message);
    }

    @PostMapping(path = "/t/inbound/{token}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    InboundMail.Outcome form(@PathVariable String token, @RequestPart(name = "email", required = false) MultipartFile email,
                             @RequestPart(name = "body-mime", required = false) MultipartFile bodyMime,
                             @RequestParam(required = false) String timestamp, @RequestParam(name = "token", required = false) String mailgunToken,
                             @RequestParam(required = false) String signature) throws IOException {
        mailgun.verify(timestamp, mailgunToken, signature);
        MultipartFile part = email != null ? email : bodyMime;
        if (part == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "email", "Post the raw message as 'email' or 'body-mime'.");
        return receive(token, part.getBytes());
    }

    /** The address's token must be signed for an organization and carry its current inbound generation. */
    private InboundMail.Outcome receive(String token, byte[] message) {
        Map.Entry<Claim, CurrentTenant> verified = tracking.verify(Purpose.INBOUND, token).orElseThrow(InboundController::notFound);
        return TenantContext.callAs(verified.getValue(), () -> {
            if (!verified.getKey().emailId().equals(settings.inboundGeneration())) throw notFound();
            return inbound.receive(message);
        });
    }

    private static CrmException notFound() {
        return new CrmException(CommunicationError.TRACKING_LINK_NOT_FOUND, "This inbound address is not valid.");
    }
}
