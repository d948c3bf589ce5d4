package dev.crm.communication.emails;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.communication.CommunicationError;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An organization's inbound mail address {@code /t/inbound/{token}} (its token signed like tracking links:
 * the credential), where a mail provider's inbound webhook posts what arrives: the raw MIME as the body
 * ({@code message/rfc822}, up to 1 MB) or as a multipart form's {@code email} (SendGrid) or {@code body-mime}
 * (Mailgun) field (up to 25 MB). Admins read the address from {@code /api/communications/inbound-address}.
 */
@RestController
class InboundController {

    private final EmailTracking tracking;
    private final InboundMail inbound;
    private final String publicUrl;

    InboundController(EmailTracking tracking, InboundMail inbound, @Value("${crm.public-url}") String publicUrl) {
        this.tracking = tracking;
        this.inbound = inbound;
        this.publicUrl = publicUrl;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/communications/inbound-address")
    Map<String, String> address() {
        String token = tracking.tokens().issue(Purpose.INBOUND, TenantContext.require().id(), new UUID(0, 0), 0);
        return Map.of("url", publicUrl + "/t/inbound/" + token);
    }

    @PostMapping(path = "/t/inbound/{token}", consumes = {"message/rfc822", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    InboundMail.Outcome raw(@PathVariable String token, @RequestBody byte[] message) {
        return receive(token, message);
    }

    @PostMapping(path = "/t/inbound/{token}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    InboundMail.Outcome form(@PathVariable String token, @RequestPart(name = "email", required = false) MultipartFile email,
                             @RequestPart(name = "body-mime", required = false) MultipartFile bodyMime) throws IOException {
        MultipartFile part = email != null ? email : bodyMime;
        if (part == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "email", "Post the raw message as 'email' or 'body-mime'.");
        return receive(token, part.getBytes());
    }

    private InboundMail.Outcome receive(String token, byte[] message) {
        CurrentTenant tenant = tracking.verify(Purpose.INBOUND, token).orElseThrow(InboundController::notFound).getValue();
        return TenantContext.callAs(tenant, () -> inbound.receive(message));
    }

    private static CrmException notFound() {
        return new CrmException(CommunicationError.TRACKING_LINK_NOT_FOUND, "This inbound address is not valid.");
    }
}
