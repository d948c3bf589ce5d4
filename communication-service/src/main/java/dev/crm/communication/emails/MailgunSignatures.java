package dev.crm.communication.emails;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mailgun's webhook signature: {@code signature} is the hex HMAC-SHA256 of {@code timestamp + token} under
 * the account's signing key. With {@code crm.mail.inbound.mailgun-signing-key} set, every post to an inbound
 * address must carry one that verifies, is at most five minutes old and was not seen before (the signature
 * does not cover the message, so a replayed one could carry any); unset, the signed address alone admits a post.
 */
@Component
class MailgunSignatures {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final SecretKeySpec key;
    private final Cache<String, Boolean> seenTokens = Caffeine.newBuilder().expireAfterWrite(MAX_AGE.multipliedBy(2)).maximumSize(100_000).build();

    MailgunSignatures(@Value("${crm.mail.inbound.mailgun-signing-key:}") String signingKey) {
        this.key = signingKey.isBlank() ? null : new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Refuses the post (401) unless no key is configured or its signature verifies, is fresh and new. */
    void verify(String timestamp, String token, String signature) {
        if (key == null) return;
        if (timestamp == null || token == null || signature == null || timestamp.length() > 20 || token.length() > 100) throw refused();
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw refused();
        }
        if (Math.abs(Instant.now().getEpochSecond() - seconds) > MAX_AGE.toSeconds()) throw refused();
        byte[] expected = HexFormat.of().formatHex(hmac(timestamp + token)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) throw refused();
        if (seenTokens.asMap().putIfAbsent(token, Boolean.TRUE) != null) throw refused();
    }

    /** Refuses a post that cannot carry a signature (raw MIME) when signatures are required. */
    void refuseUnsigned() {
        if (key != null) throw refused();
    }

    private byte[] hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static CrmException refused() {
        return CrmException.onField(CommonError.UNAUTHENTICATED, "signature",
                "The post is not signed by this deployment's mail provider (Mailgun timestamp, token and signature).");
    }
}
