package dev.crm.testing;

import dev.crm.common.security.ClientAddressProof;
import dev.crm.common.security.RotatingSecret;

/** The secrets the module tests start services with (no service has a default). */
public final class TestSecrets {

    public static final String INTERNAL = "test-internal-secret-0123456789abcdef";
    public static final String TRACKING = "test-tracking-secret-0123456789abcdef";
    public static final String INBOUND = "test-inbound-secret-0123456789abcdefg";

    private TestSecrets() {}

    public static RotatingSecret internal() {
        return new RotatingSecret("CRM_INTERNAL_SECRET", INTERNAL, null);
    }

    public static RotatingSecret tracking() {
        return new RotatingSecret("CRM_TRACKING_SECRET", TRACKING, null);
    }

    /**
     * The {@code X-Client-Ip-Proof} the gateway sends with {@code address} (signed with {@link #INTERNAL}): a
     * test that stands in for the gateway sends both, or the service counts it as the connection's address.
     */
    public static String clientAddressProof(String address) {
        return new ClientAddressProof(internal()).sign(address);
    }
}
