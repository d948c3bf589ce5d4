package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RotatingSecretTests {

    private static final String STRONG = "k3J9x2Lq8vNw5Rt7Yp1Zs4Hc6Bm0Df2G";
    private static final String OLD = "Q7w2E9r4T6y1U8i3O5p0A2s7D4f9G1h6";

    @Test
    void aServiceWithoutTheSecretOrWithAShortOneRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new RotatingSecret("CRM_INTERNAL_SECRET", null, null)).hasMessageContaining("CRM_INTERNAL_SECRET is not set");
        assertThatThrownBy(() -> new RotatingSecret("CRM_TRACKING_SECRET", " ", null)).hasMessageContaining("CRM_TRACKING_SECRET is not set");
        assertThatThrownBy(() -> new RotatingSecret("CRM_INTERNAL_SECRET", "local-development-secret", null)).hasMessageContaining("shorter than 32");
        assertThatThrownBy(() -> new RotatingSecret("CRM_INBOUND_SECRET", STRONG, "short")).hasMessageContaining("CRM_INBOUND_SECRET_PREVIOUS");
    }

    @Test
    void duringARotationTheCurrentAndThePreviousSecretAreAccepted() {
        assertThat(new RotatingSecret("CRM_INTERNAL_SECRET", STRONG, "").accepted()).containsExactly(STRONG);
        assertThat(new RotatingSecret("CRM_INTERNAL_SECRET", STRONG, OLD).accepted()).containsExactly(STRONG, OLD);
        assertThat(new RotatingSecret("CRM_INTERNAL_SECRET", STRONG, OLD).toString()).doesNotContain(STRONG).doesNotContain(OLD);
    }
}
