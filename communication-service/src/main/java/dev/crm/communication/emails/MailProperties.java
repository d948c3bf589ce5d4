package dev.crm.communication.emails;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this deployment sends: the address on the {@code From} line (its domain also names Message-IDs),
 * how many sender threads, how many emails each claims at once, the retry backoff (base × 2ⁿ) and its
 * limit, how long a claim holds before another sender may take the email over, and the key that signs
 * tracking and unsubscribe tokens.
 */
@ConfigurationProperties("crm.mail")
public record MailProperties(String from, int senders, int batch, Duration retryBase, int maxAttempts, Duration lease,
                             String trackingKey) {

    /** The domain of the From address: Message-IDs are {@code <uuid@domain>}. */
    String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
