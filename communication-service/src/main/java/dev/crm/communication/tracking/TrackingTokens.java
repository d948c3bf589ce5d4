package dev.crm.communication.tracking;

import dev.crm.common.security.RotatingSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in an email's tracking pixel, tracked links and unsubscribe link: what they are for, the
 * organization, the email and (for a click) the index of a link in the email as sent, signed with
 * HMAC-SHA256 under the deployment's secret for that use. Nothing else is in a token: a click's target is
 * read from the sent email, so no token can redirect anywhere the email did not link to. An altered or
 * forged token does not verify. During a rotation a token signed with the previous secret still verifies;
 * new tokens are signed with the current one.
 */
public final class TrackingTokens {

    /** What a token is for; new purposes go last (a token holds the ordinal). INBOUND: an organization's inbound mail address. */
    public enum Purpose { OPEN, CLICK, UNSUBSCRIBE, INBOUND }

    public record Claim(Purpose purpose, UUID tenantId, UUID emailId, int link) {}

    private static final int PAYLOAD = 1 + 16 + 16 + 2;
    private static final int TAG = 16; // the first 128 bits of the HMAC
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final List<SecretKeySpec> keys;

    public TrackingTokens(RotatingSecret secret) {
        this.keys = secret.accepted().stream().map(TrackingTokens::key).toList();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "crm email tracking tokens".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    public String issue(Purpose purpose, UUID tenantId, UUID emailId, int link) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD).put((byte) purpose.ordinal())
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(emailId.getMostSignificantBits()).putLong(emailId.getLeastSignificantBits())
                .putShort((short) link);
        byte[] signed = Arrays.copyOf(payload.array(), PAYLOAD + TAG);
        System.arraycopy(hmac(keys.get(0), payload.array()), 0, signed, PAYLOAD, TAG);
        return ENCODER.encodeToString(signed);
    }

    /** The token's claim when it is well formed, signed by this deployment and for {@code purpose}. */
    public Optional<Claim> verify(Purpose purpose, String token) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != PAYLOAD + TAG) return Optional.empty();
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
        byte[] tag = Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + TAG);
        if (keys.stream().noneMatch(key -> MessageDigest.isEqual(Arrays.copyOf(hmac(key, payload), TAG), tag))) return Optional.empty();
        ByteBuffer read = ByteBuffer.wrap(payload);
        int kind = read.get();
        if (kind != purpose.ordinal()) return Optional.empty();
        return Optional.of(new Claim(purpose, new UUID(read.getLong(), read.getLong()), new UUID(read.getLong(), read.getLong()),
                Short.toUnsignedInt(read.getShort())));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
