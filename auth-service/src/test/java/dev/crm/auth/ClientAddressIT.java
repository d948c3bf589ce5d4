package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.security.ClientAddressProof;
import dev.crm.common.security.RotatingSecret;
import dev.crm.testing.TestSecrets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * On its own port the auth-service believes a client address only with the gateway's proof: a caller inside
 * the network that names a fresh {@code X-Client-Ip} per attempt, without a proof or with one that does not
 * verify, is counted as its connection, and the per-address limits hold. Addresses the gateway vouches for
 * keep their own buckets. Each test calls from a loopback address of its own ({@link LoopbackCaller}).
 */
class ClientAddressIT extends AuthApiTest {

    private static final ClientAddressProof ANOTHER_DEPLOYMENT =
            new ClientAddressProof(new RotatingSecret("CRM_INTERNAL_SECRET", "another-deployments-secret-0123456789", null));

    /** A fresh address named four ways that do not prove it: no proof, junk, another address's proof, another secret's. */
    private static Map<String, String> forged(int attempt) {
        String address = anAddress();
        return switch (attempt % 4) {
            case 0 -> Map.of("X-Client-Ip", address);
            case 1 -> Map.of("X-Client-Ip", address, "X-Client-Ip-Proof", "junk");
            case 2 -> Map.of("X-Client-Ip", address, "X-Client-Ip-Proof", TestSecrets.clientAddressProof(anAddress()));
            default -> Map.of("X-Client-Ip", address, "X-Client-Ip-Proof", ANOTHER_DEPLOYMENT.sign(address));
        };
    }

    private static Map<String, String> proven(String address) {
        return Map.of("X-Client-Ip", address, "X-Client-Ip-Proof", TestSecrets.clientAddressProof(address));
    }

    private Map<String, String> junkReset() {
        return Map.of("tenant", acme.subdomain(), "token", "junk-" + UUID.randomUUID(), "password", "a brand new passphrase");
    }

    @Test
    void wrongLinksFromAddressesNamedWithoutTheGatewaysProofAreCountedAsTheConnection() {
        LoopbackCaller insider = LoopbackCaller.fresh(port);

        List<Integer> answers = IntStream.range(0, 12)
                .mapToObj(i -> insider.post("/api/auth/password/reset", junkReset(), forged(i))).toList();

        assertThat(answers.subList(0, 10)).as("the connection's 10 a minute").containsOnly(400);
        assertThat(answers.subList(10, 12)).containsOnly(429);
    }

    @Test
    void wrongPasswordsFromAddressesNamedWithoutTheGatewaysProofAreCountedAsTheConnection() {
        LoopbackCaller insider = LoopbackCaller.fresh(port);

        // a different account each time: only the per-address limit (20 a minute) can stop them
        List<Integer> answers = IntStream.range(0, 22).mapToObj(i -> insider.post("/api/auth/login",
                Map.of("tenant", acme.subdomain(), "email", "guess-" + i + "@" + acme.subdomain() + ".test", "password", "wrong guess"),
                forged(i))).toList();

        assertThat(answers.subList(0, 20)).as("the connection's 20 a minute").containsOnly(401);
        assertThat(answers.subList(20, 22)).containsOnly(429);
    }

    @Test
    void addressesTheGatewayVouchesForKeepTheirOwnBuckets() {
        LoopbackCaller gateway = LoopbackCaller.fresh(port);

        List<Integer> answers = IntStream.range(0, 12)
                .mapToObj(i -> gateway.post("/api/auth/password/reset", junkReset(), proven(anAddress()))).toList();

        assertThat(answers).as("each client's first wrong link").containsOnly(400);
        assertThat(gateway.post("/api/auth/password/reset", junkReset(), Map.of()))
                .as("nothing was counted against the connection").isEqualTo(400);
        String one = anAddress();
        List<Integer> oneClient = IntStream.range(0, 11)
                .mapToObj(i -> gateway.post("/api/auth/password/reset", junkReset(), proven(one))).toList();
        assertThat(oneClient.get(10)).as("one vouched-for client still has its own limit").isEqualTo(429);
    }
}
