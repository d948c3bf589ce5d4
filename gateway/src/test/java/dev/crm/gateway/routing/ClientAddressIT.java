package dev.crm.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.security.ClientAddressProof;
import dev.crm.gateway.GatewayTest;
import dev.crm.gateway.Upstream.Received;
import dev.crm.testing.ApiClient.Response;
import dev.crm.testing.TestSecrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The services believe a client address only with the gateway's proof: the gateway sends both, and only its own. */
class ClientAddressIT extends GatewayTest {

    private final ClientAddressProof services = new ClientAddressProof(TestSecrets.internal());

    @Test
    void theServicesGetTheClientsAddressWithAProofThatVerifies() {
        Response answer = api().post("/api/auth/login", Map.of());

        Received received = UPSTREAM.last();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(received.clientIp()).isEqualTo("127.0.0.1");
        assertThat(services.verifies(received.clientIp(), received.clientIpProof())).isTrue();
    }

    @Test
    void aClientsOwnAddressAndProofAreReplaced() {
        String chosen = randomAddress();

        Response answer = api().with("X-Client-Ip", chosen).with("X-Client-Ip-Proof", TestSecrets.clientAddressProof(chosen))
                .post("/api/auth/password/reset", Map.of());

        Received received = UPSTREAM.last();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(received.clientIp()).isEqualTo("127.0.0.1");
        assertThat(received.clientIpProof()).isNotEqualTo(TestSecrets.clientAddressProof(chosen));
        assertThat(services.verifies("127.0.0.1", received.clientIpProof())).isTrue();
    }
}
