package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A session is one sign-in: its refresh token family and the access tokens issued from it ({@code sid}).
 * Ending it (sign-out, a stolen refresh token replayed) ends its access tokens too, and only its own.
 */
class SessionsIT extends AuthApiTest {

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private long liveRefreshTokens() {
        return jdbc.queryForObject("select count(*) from " + acme.subdomain() + "_1.refresh_tokens where used_at is null and revoked_at is null",
                Long.class);
    }

    private int profileStatus(String accessToken) {
        return api.bearer(accessToken).get("/api/auth/profile").status();
    }

    @Test
    void aReplayWithinTheGraceAnswersTheSameSuccessor() {
        ApiClient.Response first = refresh(acme.refreshToken());
        ApiClient.Response replay = refresh(acme.refreshToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).as(replay.text()).isEqualTo(200);
        assertThat(replay.field("refreshToken")).isEqualTo(first.field("refreshToken"));
        assertThat(liveRefreshTokens()).as("one branch only").isEqualTo(1);
        assertThat(refresh(first.field("refreshToken")).status()).isEqualTo(200);
        assertThat(liveRefreshTokens()).isEqualTo(1);
    }

    @Test
    void signingOutEndsTheAccessTokensOfThatSessionOnly() {
        ApiClient.Response otherSession = login(acme.subdomain(), acme.adminEmail(), TestTenants.PASSWORD);
        assertThat(profileStatus(acme.accessToken())).isEqualTo(200);

        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", acme.refreshToken())).status()).isEqualTo(204);

        ApiClient.Response ended = api.bearer(acme.accessToken()).get("/api/auth/profile");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.contentType()).startsWith("application/problem+json");
        assertThat(profileStatus(otherSession.field("accessToken"))).as("the member's other session").isEqualTo(200);
        assertThat(refresh(otherSession.field("refreshToken")).status()).isEqualTo(200);
    }

    @Test
    void aReplayedRotatedRefreshTokenEndsTheAccessTokensOfThatSessionOnly() {
        ApiClient.Response otherSession = login(acme.subdomain(), acme.adminEmail(), TestTenants.PASSWORD);
        ApiClient.Response rotated = refresh(acme.refreshToken());
        assertThat(profileStatus(rotated.field("accessToken"))).isEqualTo(200);

        jdbc.update("update " + acme.subdomain() + "_1.refresh_tokens set used_at = now() - interval '1 minute' where used_at is not null");
        assertThat(refresh(acme.refreshToken()).status()).as("a replay after the grace").isEqualTo(401);

        assertThat(profileStatus(rotated.field("accessToken"))).isEqualTo(401);
        assertThat(profileStatus(acme.accessToken())).isEqualTo(401);
        assertThat(profileStatus(otherSession.field("accessToken"))).as("the member's other session").isEqualTo(200);
    }
}
