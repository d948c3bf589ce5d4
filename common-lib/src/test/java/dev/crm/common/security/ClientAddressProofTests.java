package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressProofTests {

    private static final String CURRENT = "k3J9x2Lq8vNw5Rt7Yp1Zs4Hc6Bm0Df2G";
    private static final String OLD = "Q7w2E9r4T6y1U8i3O5p0A2s7D4f9G1h6";
    private static final String OTHER = "Z1x2C3v4B5n6M7a8S9d0F1g2H3j4K5l6";

    private final ClientAddressProof gateway = new ClientAddressProof(new RotatingSecret("CRM_INTERNAL_SECRET", CURRENT, null));

    @Test
    void theGatewaysProofVerifiesForItsAddressOnly() {
        String proof = gateway.sign("198.51.100.7");

        assertThat(gateway.verifies("198.51.100.7", proof)).isTrue();
        assertThat(gateway.verifies("198.51.100.8", proof)).as("another address").isFalse();
        assertThat(gateway.verifies("2001:db8::7", gateway.sign("2001:db8::7"))).isTrue();
    }

    @Test
    void aForgedOrMissingProofDoesNotVerify() {
        ClientAddressProof anotherDeployment = new ClientAddressProof(new RotatingSecret("CRM_INTERNAL_SECRET", OTHER, null));
        String proof = gateway.sign("198.51.100.7");

        assertThat(gateway.verifies("198.51.100.7", anotherDeployment.sign("198.51.100.7"))).as("another secret").isFalse();
        assertThat(gateway.verifies("198.51.100.7", proof.substring(1))).as("cut").isFalse();
        assertThat(gateway.verifies("198.51.100.7", (proof.charAt(0) == 'A' ? "B" : "A") + proof.substring(1))).as("altered").isFalse();
        assertThat(gateway.verifies("198.51.100.7", "not base64 !")).isFalse();
        assertThat(gateway.verifies("198.51.100.7", "")).isFalse();
        assertThat(gateway.verifies("198.51.100.7", null)).isFalse();
        assertThat(gateway.verifies(null, proof)).isFalse();
    }

    @Test
    void duringARotationAProofOfThePreviousSecretVerifiesAndAfterItDoesNot() {
        ClientAddressProof notYetRolledGateway = new ClientAddressProof(new RotatingSecret("CRM_INTERNAL_SECRET", OLD, null));
        ClientAddressProof rotating = new ClientAddressProof(new RotatingSecret("CRM_INTERNAL_SECRET", CURRENT, OLD));
        String oldProof = notYetRolledGateway.sign("198.51.100.7");

        assertThat(rotating.verifies("198.51.100.7", oldProof)).as("previous secret, during the rotation").isTrue();
        assertThat(rotating.verifies("198.51.100.7", rotating.sign("198.51.100.7"))).isTrue();
        assertThat(rotating.sign("198.51.100.7")).as("signed with the current secret").isEqualTo(gateway.sign("198.51.100.7"));
        assertThat(gateway.verifies("198.51.100.7", oldProof)).as("previous secret, retired").isFalse();
    }
}
