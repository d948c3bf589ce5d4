package dev.crm.auth.tokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The successor of a rotated refresh token, kept so that a replay within the reuse grace gets the same
 * one back. It is encrypted (AES-256-GCM) with a key derived from the rotated token, which the database
 * never holds (only its SHA-256): whoever reads the table cannot open it, whoever presents the rotated
 * token can, and no server secret is needed.
 */
final class SealedSuccessor {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SealedSuccessor() {}

    static byte[] seal(String rotatedToken, String successor) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, rotatedToken, nonce, successor.getBytes(StandardCharsets.UTF_8), 0);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    static Optional<String> open(String rotatedToken, byte[] sealed) {
        if (sealed == null || sealed.length <= NONCE_BYTES) return Optional.empty();
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        try {
            return Optional.of(new String(crypt(Cipher.DECRYPT_MODE, rotatedToken, nonce, sealed, NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static byte[] crypt(int mode, String rotatedToken, byte[] nonce, byte[] input, int offset) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(Secrets.sha256("refresh-token-successor:" + rotatedToken), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            return aes.doFinal(input, offset, input.length - offset);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("not sealed with this token", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
