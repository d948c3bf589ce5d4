package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InternalSecretsTests {

    private static final String STRONG = "k3J9x2Lq8vNw5Rt7Yp1Zs4Hc6Bm0Df2G";
    private static final String OLD = "Q7w2E9r4T6y1U8i3O5p0A2s7D4f9G1h6";

    @Test
    void aServiceWithoutASecretOrWithAShortOneRefusesToStart() {
        assertThatThrownBy(() -> new InternalSecrets(null, null)).hasMessageContaining("CRM_INTERNAL_SECRET").hasMessageContaining("not set");
        assertThatThrownBy(() -> new InternalSecrets(" ", null)).hasMessageContaining("not set");
        assertThatThrownBy(() -> new InternalSecrets("local-development-secret", null)).hasMessageContaining("shorter than 32");
        assertThatThrownBy(() -> new InternalSecrets(STRONG, "short")).hasMessageContaining("CRM_INTERNAL_SECRET_PREVIOUS");
    }

    @Test
    void duringARotationTheCurrentAndThePreviousSecretAreAccepted() {
        assertThat(new InternalSecrets(STRONG, "").accepted()).containsExactly(STRONG);
        assertThat(new InternalSecrets(STRONG, OLD).accepted()).containsExactly(STRONG, OLD);
        assertThat(new InternalSecrets(STRONG, OLD).toString()).doesNotContain(STRONG).doesNotContain(OLD);
    }
}
