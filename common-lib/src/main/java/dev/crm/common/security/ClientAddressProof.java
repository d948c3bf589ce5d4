package dev.crm.common.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's word for who the client is. The gateway names the client's address in {@code X-Client-Ip}
 * and signs it in {@code X-Client-Ip-Proof}: HMAC-SHA256 under the internal secret over a label and the
 * address. A service believes the address only when the proof verifies, so a caller inside the network
 * that reaches a service's own port cannot name a fresh address per attempt and sidestep the per-address
 * limits: without a proof it is counted as the connection's address.
 *
 * <p>Why a signature and not the secret itself, or the gateway's addresses: the secret never travels with
 * client traffic (a header logged by a service leaks one address's proof, nothing more), and no network
 * layout has to be configured twice. The label keeps a proof from meaning anything else signed with the
 * same secret. A proof names its address and nothing else: whoever reads traffic between the gateway and
 * the services could replay the pairs they saw, but such a reader already sees the internal secret on
 * service-to-service calls. During a rotation the gateway signs with the current secret and services
 * accept the current or the previous one.
 */
public final class ClientAddressProof {

    /** The client's address as the gateway saw it; believed only with a proof. */
    public static final String ADDRESS_HEADER = "X-Client-Ip";
    /** The gateway's signature over {@link #ADDRESS_HEADER}. */
    public static final String PROOF_HEADER = "X-Client-Ip-Proof";

    private static final byte[] LABEL = "crm client address\n".getBytes(StandardCharsets.UTF_8);
    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    public ClientAddressProof(RotatingSecret internalSecret) {
        this.keys = internalSecret.accepted().stream()
                .map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), ALGORITHM)).toList();
    }

    /** The proof the gateway sends with {@code address}: signed with the current secret. */
    public String sign(String address) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(keys.get(0), address));
    }

    /** Whether {@code proof} is this deployment's for {@code address}; every accepted secret is tried, in constant time. */
    public boolean verifies(String address, String proof) {
        if (address == null || proof == null) return false;
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(proof);
        } catch (IllegalArgumentException e) {
            return false;
        }
        boolean match = false;
        for (SecretKeySpec key : keys) match |= MessageDigest.isEqual(mac(key, address), presented);
        return match;
    }

    private static byte[] mac(SecretKeySpec key, String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(LABEL);
            return mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
