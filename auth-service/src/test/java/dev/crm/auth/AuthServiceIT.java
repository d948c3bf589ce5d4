package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The auth-service against real PostgreSQL and NATS: sign-in, tokens, members, invitations, isolation. */
class AuthServiceIT extends AuthApiTest {

    @Test
    void askingForAResetLinkAnswersTheSameForMembersAndStrangers() {
        ApiClient.Response member = api.post("/api/auth/password/forgot", Map.of("tenant", acme.subdomain(), "email", acme.adminEmail()));
        ApiClient.Response stranger = api.post("/api/auth/password/forgot", Map.of("tenant", acme.subdomain(), "email", "nobody@nowhere.test"));
        ApiClient.Response noOrganization = api.post("/api/auth/password/forgot", Map.of("tenant", "no-such-org", "email", acme.adminEmail()));
        for (ApiClient.Response r : new ApiClient.Response[] {member, stranger, noOrganization}) {
            assertThat(r.status()).isEqualTo(202);
            assertThat(r.text()).isEqualTo(member.text());
        }
        String schema = acme.subdomain() + "_1";
        LongSupplier links = () -> jdbc.queryForObject("select count(*) from " + schema + ".password_resets", Long.class);
        Instant deadline = Instant.now().plusSeconds(10);
        while (links.getAsLong() == 0) assertThat(Instant.now()).as("a link for the member").isBefore(deadline);
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".password_resets where token_hash is not null and length(token_hash) = 32",
                Long.class)).as("only the token's SHA-256 is kept").isEqualTo(1);
        assertThat(api.post("/api/auth/password/forgot", Map.of("tenant", acme.subdomain(), "email", "not an address")).status()).isEqualTo(400);
    }

    @Test
    void aResetLinkSetsTheNewPasswordOnceAndEndsEverySession() {
        String token = resetToken(Instant.now().plusSeconds(1800));
        ApiClient.Response tooShort = api.post("/api/auth/password/reset", Map.of("tenant", acme.subdomain(), "token", token, "password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);

        ApiClient.Response reset = api.post("/api/auth/password/reset",
                Map.of("tenant", acme.subdomain(), "token", token, "password", "a brand new passphrase"));
        assertThat(reset.status()).as(reset.text()).isEqualTo(204);
        assertThat(login(acme.subdomain(), acme.adminEmail(), TestTenants.PASSWORD).status()).isEqualTo(401);
        assertThat(login(acme.subdomain(), acme.adminEmail(), "a brand new passphrase").status()).isEqualTo(200);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", acme.refreshToken())).status()).as("sessions ended").isEqualTo(401);
        assertThat(api.bearer(acme.accessToken()).get("/api/auth/profile").status()).as("access tokens cut off").isEqualTo(401);

        ApiClient.Response again = api.post("/api/auth/password/reset",
                Map.of("tenant", acme.subdomain(), "token", token, "password", "yet another passphrase"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.field("code")).isEqualTo("RESET_LINK_INVALID");
    }

    @Test
    void aSignInWithinTheSecondOfAResetGetsATokenThatWorks() {
        String memberId = api.bearer(acme.accessToken()).get("/api/auth/profile").field("id");
        String token = resetToken(Instant.now().plusSeconds(1800));
        assertThat(api.post("/api/auth/password/reset",
                Map.of("tenant", acme.subdomain(), "token", token, "password", "a brand new passphrase")).status()).isEqualTo(204);
        // as if the reset had happened a moment ago, in the second the next sign-in falls in: the cut-off
        // refuses every token of that second
        jdbc.update("update public.token_cutoffs set not_before = date_trunc('second', now()) + interval '1 second' where user_id = ?::uuid", memberId);

        ApiClient.Response signedIn = login(acme.subdomain(), acme.adminEmail(), "a brand new passphrase");

        assertThat(api.bearer(signedIn.field("accessToken")).get("/api/auth/profile").status()).as("the new session works").isEqualTo(200);
    }

    @Test
    void anExpiredForgedOrForeignResetLinkChangesNothing() {
        String expired = resetToken(Instant.now().minusSeconds(1));
        String valid = resetToken(Instant.now().plusSeconds(1800));
        TestTenants.Tenant globex = TestTenants.provision(api, jdbc);
        for (Map<String, String> attempt : List.of(
                Map.of("tenant", acme.subdomain(), "token", expired, "password", "a brand new passphrase"),
                Map.of("tenant", acme.subdomain(), "token", valid + "x", "password", "a brand new passphrase"),
                Map.of("tenant", globex.subdomain(), "token", valid, "password", "a brand new passphrase"))) {
            assertThat(api.post("/api/auth/password/reset", attempt).status()).as(attempt.toString()).isEqualTo(400);
        }
        assertThat(login(acme.subdomain(), acme.adminEmail(), TestTenants.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void signsInAndShowsTheProfileOfTheMemberAndOrganization() {
        ApiClient.Response login = login(acme.subdomain(), acme.adminEmail(), TestTenants.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.field("tokenType")).isEqualTo("Bearer");
        assertThat(login.json().path("expiresIn").asLong()).isEqualTo(900);

        ApiClient.Response profile = api.bearer(login.field("accessToken")).get("/api/auth/profile");
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.field("email")).isEqualTo(acme.adminEmail());
        assertThat(profile.field("role")).isEqualTo("ADMIN");
        assertThat(profile.json().path("tenant").path("subdomain").asString()).isEqualTo(acme.subdomain());
    }

    @Test
    void publishesTheKeyThatSignsTokensAsAJwks() {
        ApiClient.Response jwks = api.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        var key = jwks.json().path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("alg").asString()).isEqualTo("RS256");
        assertThat(key.path("use").asString()).isEqualTo("sig");
        assertThat(key.path("n").asString()).isNotBlank();
        assertThat(key.has("d")).as("no private part").isFalse();
        String header = new String(java.util.Base64.getUrlDecoder().decode(acme.accessToken().split("\\.")[0]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(header).contains("\"kid\":\"" + key.path("kid").asString() + "\"");
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownAccountWithTheSameAnswer() {
        ApiClient.Response wrongPassword = login(acme.subdomain(), acme.adminEmail(), "not the password");
        ApiClient.Response unknownUser = login(acme.subdomain(), "nobody@nowhere.test", "not the password");
        ApiClient.Response unknownTenant = login("no-such-org", acme.adminEmail(), TestTenants.PASSWORD);
        for (ApiClient.Response r : new ApiClient.Response[] {wrongPassword, unknownUser, unknownTenant}) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.field("detail")).isEqualTo(wrongPassword.field("detail"));
        }
    }

    @Test
    void throttlesAnAccountAfterFiveFailuresInAMinute() {
        ApiClient fromOneAddress = fromOwnAddress();
        Map<String, String> wrong = Map.of("tenant", acme.subdomain(), "email", acme.adminEmail(), "password", "wrong");
        for (int i = 0; i < 5; i++) {
            assertThat(fromOneAddress.post("/api/auth/login", wrong).status()).isEqualTo(401);
        }
        ApiClient.Response sixth = login(acme.subdomain(), acme.adminEmail(), TestTenants.PASSWORD);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void throttlesAnAddressAfterTwentyFailuresInAMinute() {
        ApiClient fromOneAddress = fromOwnAddress();
        for (int i = 0; i < 20; i++) {
            Map<String, String> guess = Map.of("tenant", acme.subdomain(), "email", "user" + i + "@acme.test", "password", "wrong");
            assertThat(fromOneAddress.post("/api/auth/login", guess).status()).isEqualTo(401);
        }
        ApiClient.Response next = fromOneAddress.post("/api/auth/login",
                Map.of("tenant", acme.subdomain(), "email", acme.adminEmail(), "password", TestTenants.PASSWORD));
        assertThat(next.status()).isEqualTo(429);
    }

    @Test
    void rotatesRefreshTokensAndRevokesTheFamilyWhenARotatedOneIsReused() {
        ApiClient.Response first = api.post("/api/auth/refresh", Map.of("refreshToken", acme.refreshToken()));
        assertThat(first.status()).isEqualTo(200);
        String second = first.field("refreshToken");
        assertThat(second).isNotEqualTo(acme.refreshToken());

        jdbc.update("update " + acme.subdomain() + "_1.refresh_tokens set used_at = now() - interval '1 minute' where used_at is not null");
        ApiClient.Response replay = api.post("/api/auth/refresh", Map.of("refreshToken", acme.refreshToken()));
        assertThat(replay.status()).isEqualTo(401);
        // the thief's replay revoked the legitimate successor too
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", second)).status()).isEqualTo(401);
    }

    @Test
    void signOutRevokesTheRefreshToken() {
        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", acme.refreshToken())).status()).isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", acme.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void invitedPersonAcceptsAndJoinsWithTheInvitedRole() {
        ApiClient admin = api.bearer(acme.accessToken());
        ApiClient.Response invite = admin.post("/api/tenants/invitations", Map.of("email", "rep@acme.test", "role", "SALES_REP"));
        assertThat(invite.status()).as(invite.text()).isEqualTo(201);
        String acceptUrl = invite.field("acceptUrl");
        String token = acceptUrl.substring(acceptUrl.indexOf("token=") + 6);

        ApiClient.Response preview = api.get("/api/auth/invitations/" + token + "?tenant=" + acme.subdomain());
        assertThat(preview.field("email")).isEqualTo("rep@acme.test");
        assertThat(preview.field("role")).isEqualTo("SALES_REP");

        ApiClient.Response accepted = api.post("/api/auth/register",
                Map.of("tenant", acme.subdomain(), "token", token, "fullName", "Rita Rep", "password", "another long password"));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(api.bearer(accepted.field("accessToken")).get("/api/auth/profile").field("role")).isEqualTo("SALES_REP");

        // used once only
        assertThat(api.post("/api/auth/register", Map.of("tenant", acme.subdomain(), "token", token,
                "fullName", "Eve", "password", "another long password")).status()).isEqualTo(404);
        assertThat(admin.get("/api/tenants/users").json().path("items").size()).isEqualTo(2);
    }

    @Test
    void onlyAdminsInviteAndChangeRoles() {
        ApiClient admin = api.bearer(acme.accessToken());
        String token = tokenOf(admin.post("/api/tenants/invitations", Map.of("email", "viewer@acme.test", "role", "VIEWER")));
        String viewerAccess = api.post("/api/auth/register", Map.of("tenant", acme.subdomain(), "token", token,
                "fullName", "Vic Viewer", "password", "another long password")).field("accessToken");
        ApiClient viewer = api.bearer(viewerAccess);

        ApiClient.Response refused = viewer.post("/api/tenants/invitations", Map.of("email", "x@acme.test", "role", "ADMIN"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        String adminId = viewer.get("/api/auth/profile").field("id");
        assertThat(viewer.patch("/api/tenants/users/" + adminId, Map.of("role", "VIEWER")).status()).isEqualTo(403);
    }

    @Test
    void aRemovedMembersTokenStopsWorkingAtOnce() {
        ApiClient admin = api.bearer(acme.accessToken());
        String token = tokenOf(admin.post("/api/tenants/invitations", Map.of("email", "leaver@acme.test", "role", "MANAGER")));
        ApiClient.Response joined = api.post("/api/auth/register", Map.of("tenant", acme.subdomain(), "token", token,
                "fullName", "Lee Leaver", "password", "another long password"));
        ApiClient leaver = api.bearer(joined.field("accessToken"));
        String leaverId = leaver.get("/api/auth/profile").field("id");

        assertThat(admin.delete("/api/tenants/users/" + leaverId).status()).isEqualTo(204);
        assertThat(leaver.get("/api/tenants/users").status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", joined.field("refreshToken"))).status()).isEqualTo(401);
    }

    @Test
    void anotherOrganizationsTokenCannotReadOrChangeThisOnesMembers() {
        TestTenants.Tenant globex = TestTenants.provision(api, jdbc);
        ApiClient intruder = api.bearer(globex.accessToken());
        String acmeAdminId = api.bearer(acme.accessToken()).get("/api/auth/profile").field("id");

        assertThat(intruder.get("/api/tenants/users").json().path("items").toString()).doesNotContain(acme.adminEmail());
        assertThat(intruder.patch("/api/tenants/users/" + acmeAdminId, Map.of("role", "VIEWER")).status()).isEqualTo(404);
        assertThat(intruder.delete("/api/tenants/users/" + acmeAdminId).status()).isEqualTo(404);
        assertThat(intruder.with("X-Tenant", acme.subdomain()).get("/api/tenants/users").status()).isEqualTo(403);
        assertThat(api.bearer(acme.accessToken()).get("/api/auth/profile").field("role")).isEqualTo("ADMIN");
    }

    private static String tokenOf(ApiClient.Response invitation) {
        String url = invitation.field("acceptUrl");
        return url.substring(url.indexOf("token=") + 6);
    }
}
