package dev.crm.gateway.routing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.gateway.GatewayProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressFilterTests {

    @Test
    void aGatewayWithoutTheInternalSecretOrWithAShortOneRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new ClientAddressFilter(null, properties(null))).hasMessageContaining("CRM_INTERNAL_SECRET is not set");
        assertThatThrownBy(() -> new ClientAddressFilter(null, properties("too-short"))).hasMessageContaining("CRM_INTERNAL_SECRET is shorter");
    }

    private static GatewayProperties properties(String internalSecret) {
        return new GatewayProperties(null, null, null, 0, 0, 0, null, List.of(), internalSecret, null);
    }
}
