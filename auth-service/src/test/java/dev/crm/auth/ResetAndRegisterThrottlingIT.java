package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reset link or an invitation is looked up before its new password is hashed, and wrong tokens are
 * throttled per client address and per token: junk cannot queue on the hasher that sign-in needs.
 */
class ResetAndRegisterThrottlingIT extends AuthApiTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    private Map<String, String> reset(String token) {
        return Map.of("tenant", acme.subdomain(), "token", token, "password", NEW_PASSWORD);
    }

    private Map<String, String> register(String token) {
        return Map.of("tenant", acme.subdomain(), "token", token, "fullName", "Junk", "password", NEW_PASSWORD);
    }

    @Test
    void junkTokensNeverReachTheHasherAndAllGetTheSameAnswer() {
        double hashedBefore = hashings("hash");
        List<ApiClient.Response> resets = new ArrayList<>();
        List<ApiClient.Response> registrations = new ArrayList<>();
        for (String junk : List.of("junk", "x".repeat(43), resetToken(Instant.now().minusSeconds(1)))) {
            resets.add(fromOwnAddress().post("/api/auth/password/reset", reset(junk)));
            registrations.add(fromOwnAddress().post("/api/auth/register", register(junk)));
        }
        resets.add(fromOwnAddress().post("/api/auth/password/reset",
                Map.of("tenant", "no-such-org", "token", "junk", "password", NEW_PASSWORD)));

        assertThat(hashings("hash") - hashedBefore).as("new passwords hashed").isZero();
        assertThat(resets).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text()).isEqualTo(resets.get(0).text());
        });
        assertThat(registrations).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text()).isEqualTo(registrations.get(0).text());
        });
    }

    @Test
    void aBurstOfWrongTokensFromOneAddressGets429() {
        ApiClient oneAddress = fromOwnAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(oneAddress.post("/api/auth/password/reset", reset("junk-" + i)).status()).isEqualTo(400);
            assertThat(oneAddress.post("/api/auth/register", register("junk-" + i)).status()).isEqualTo(404);
        }
        for (ApiClient.Response r : List.of(oneAddress.post("/api/auth/password/reset", reset("junk-10")),
                oneAddress.post("/api/auth/register", register("junk-10")))) {
            assertThat(r.status()).as(r.text()).isEqualTo(429);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
        }
        assertThat(fromOwnAddress().post("/api/auth/password/reset", reset("junk-11")).status())
                .as("another address is not held back").isEqualTo(400);
    }

    @Test
    void oneTokenTriedFromManyAddressesGets429() {
        for (int i = 0; i < 5; i++) {
            assertThat(fromOwnAddress().post("/api/auth/password/reset", reset("the-same-junk")).status()).isEqualTo(400);
        }
        assertThat(fromOwnAddress().post("/api/auth/password/reset", reset("the-same-junk")).status()).isEqualTo(429);
    }

    @Test
    void rightTokensStillWorkAfterWrongOnesFromTheSameAddress() {
        String token = resetToken(Instant.now().plusSeconds(1800));
        for (int i = 0; i < 9; i++) {
            assertThat(api.post("/api/auth/password/reset", reset("junk-" + i)).status()).isEqualTo(400);
        }
        ApiClient.Response reset = api.post("/api/auth/password/reset", reset(token));
        assertThat(reset.status()).as(reset.text()).isEqualTo(204);
        assertThat(login(acme.subdomain(), acme.adminEmail(), NEW_PASSWORD).status()).isEqualTo(200);
    }
}
