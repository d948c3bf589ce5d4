package dev.crm.communication.emails;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.communication.tracking.TrackedLinks;
import dev.crm.communication.tracking.TrackingTokens;
import dev.crm.communication.tracking.TrackingTokens.Claim;
import dev.crm.communication.tracking.TrackingTokens.Purpose;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What sending adds to a member's email: with tracking on, its links rewritten to signed click addresses
 * and an open pixel; always an unsubscribe link (in the body and the {@code List-Unsubscribe} headers).
 * Also the one place that turns a signed public token (those links, an inbound address) into its
 * organization; links and inbound addresses are signed with secrets of their own.
 */
@Component
class EmailTracking {

    private final TrackingTokens tokens;
    private final TrackingTokens inboundAddresses;
    private final TenantDirectory tenants;
    private final String publicUrl;

    EmailTracking(MailProperties properties, TenantDirectory tenants, @Value("${crm.public-url}") String publicUrl) {
        this.tokens = new TrackingTokens(properties.tracking());
        this.inboundAddresses = new TrackingTokens(properties.inboundAddresses());
        this.tenants = tenants;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The token of the organization's inbound address of this generation. */
    String inboundToken(UUID tenantId, UUID generation) {
        return inboundAddresses.issue(Purpose.INBOUND, tenantId, generation, 0);
    }

    /** The claim of a token for {@code purpose} and its organization, when it verifies and the organization exists. */
    Optional<Map.Entry<Claim, CurrentTenant>> verify(Purpose purpose, String token) {
        return (purpose == Purpose.INBOUND ? inboundAddresses : tokens).verify(purpose, token)
                .flatMap(claim -> tenants.findById(claim.tenantId()).map(t -> Map.entry(claim, CurrentTenant.of(t))));
    }

    String unsubscribeUrl(UUID tenantId, Email email) {
        return publicUrl + "/t/u/" + tokens.issue(Purpose.UNSUBSCRIBE, tenantId, email.getId(), 0);
    }

    String html(UUID tenantId, Email email) {
        String html = email.getHtml();
        if (email.isTracking()) {
            html = TrackedLinks.rewrite(html, i -> publicUrl + "/t/c/" + tokens.issue(Purpose.CLICK, tenantId, email.getId(), i));
        }
        html += "<p style=\"font-size:12px;color:#6b7280\">Don't want these emails? <a href=\""
                + HtmlUtils.htmlEscape(unsubscribeUrl(tenantId, email)) + "\">Unsubscribe</a></p>";
        if (email.isTracking()) {
            html += "<img src=\"" + publicUrl + "/t/o/" + tokens.issue(Purpose.OPEN, tenantId, email.getId(), 0)
                    + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">";
        }
        return html;
    }

    String text(UUID tenantId, Email email) {
        return email.getText() + "\n\n--\nDon't want these emails? Unsubscribe: " + unsubscribeUrl(tenantId, email);
    }
}
