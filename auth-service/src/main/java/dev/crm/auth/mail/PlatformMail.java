package dev.crm.auth.mail;

import dev.crm.common.autoconfigure.CrmProperties;
import dev.crm.common.security.InternalSecretFilter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The auth-service's emails (invitations, password resets, address confirmations), sent through the communication-service's
 * internal endpoint: it queues them, retries them and sends them through the deployment's SMTP server.
 */
@Component
public class PlatformMail {

    private static final Logger log = LoggerFactory.getLogger(PlatformMail.class);

    private final RestClient http;

    PlatformMail(CrmProperties crm, @Value("${crm.communication-url}") String communicationUrl) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build());
        factory.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(factory).baseUrl(communicationUrl)
                .defaultHeader(InternalSecretFilter.HEADER, crm.internalSecret()).build();
    }

    /** Queues the email; false (and a warning) when the communication-service could not take it (or the organization's quota is spent). */
    public boolean send(UUID tenantId, String to, String subject, String html, boolean sensitive) {
        return post(tenantId, to, subject, html, sensitive, false);
    }

    /**
     * Queues an email to a member about their own account (a password reset, an address confirmation): it
     * does not count toward a new organization's sending quota, so a member can always confirm or recover.
     */
    public boolean sendAccountNotice(UUID tenantId, String to, String subject, String html) {
        return post(tenantId, to, subject, html, true, true);
    }

    private boolean post(UUID tenantId, String to, String subject, String html, boolean sensitive, boolean accountNotice) {
        try {
            http.post().uri("/internal/tenants/{id}/emails", tenantId)
                    .body(Map.of("to", to, "subject", subject, "html", html, "sensitive", sensitive, "accountNotice", accountNotice))
                    .retrieve().toBodilessEntity();
            return true;
        } catch (RestClientException e) {
            log.warn("The communication-service did not take an email ({}): {}", subject, e.getMessage());
            return false;
        }
    }
}
