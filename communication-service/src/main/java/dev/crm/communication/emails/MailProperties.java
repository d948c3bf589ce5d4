package dev.crm.communication.emails;

import dev.crm.common.security.RotatingSecret;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this deployment sends: the address on the {@code From} line (its domain also names Message-IDs),
 * how many sender threads, how many emails each claims at once, the retry backoff (base × 2ⁿ) and its
 * limit, how long a claim holds before another sender may take the email over, the secret that signs
 * open, click and unsubscribe links and the one that signs inbound addresses (each with the previous
 * value during a rotation).
 */
@ConfigurationProperties("crm.mail")
public record MailProperties(String from, int senders, int batch, Duration retryBase, int maxAttempts, Duration lease,
                             String trackingSecret, String trackingSecretPrevious, Inbound inbound) {

    /** @param secret signs the organizations' inbound addresses */
    public record Inbound(String secret, String secretPrevious) {}

    RotatingSecret tracking() {
        return new RotatingSecret("CRM_TRACKING_SECRET", trackingSecret, trackingSecretPrevious);
    }

    RotatingSecret inboundAddresses() {
        return new RotatingSecret("CRM_INBOUND_SECRET", inbound == null ? null : inbound.secret(), inbound == null ? null : inbound.secretPrevious());
    }

    /** The domain of the From address: Message-IDs are {@code <uuid@domain>}. */
    String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
