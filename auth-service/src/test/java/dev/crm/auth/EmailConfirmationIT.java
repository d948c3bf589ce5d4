package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members confirm their address with a link only emailed to it (issue 14, finding 8); the other services
 * hear of it through {@code user.email_confirmed}. The communication-service is not running here, so no
 * email goes out: the tests put the link's token in the table the way the service stores it.
 */
class EmailConfirmationIT extends AuthApiTest {

    private static final String CONFIRM = "/api/auth/email/confirm";
    private static final String RESEND = "/api/auth/email/confirmation";
    private static final Duration WEEK = Duration.ofDays(7);

    private ApiClient admin() {
        return api.bearer(acme.accessToken());
    }

    private String confirmationToken(Instant createdAt) {
        return linkToken("email_confirmations", Instant.now().plus(WEEK), createdAt);
    }

    private boolean confirmed(ApiClient member) {
        return member.get("/api/auth/profile").json().get("emailConfirmed").asBoolean();
    }

    private long links() {
        return jdbc.queryForObject("select count(*) from " + acme.subdomain() + "_1.email_confirmations", Long.class);
    }

    /** The user.email_confirmed events this organization's outbox holds, as "userId role". */
    private List<String> announced() {
        return jdbc.queryForList("""
                select payload->'data'->>'userId' || ' ' || (payload->'data'->>'role') from public.event_outbox
                where payload->>'tenant_id' = ? and subject = 'crm.events.user.email_confirmed' order by id""",
                String.class, acme.id().toString());
    }

    @Test
    void aNewAdminConfirmsTheirAddressWithTheEmailedLinkOnce() {
        assertThat(confirmed(admin())).isFalse();
        String token = confirmationToken(Instant.now());
        ApiClient.Response done = api.post(CONFIRM, Map.of("tenant", acme.subdomain(), "token", token));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
        assertThat(confirmed(admin())).isTrue();
        String adminId = admin().get("/api/auth/profile").field("id");
        assertThat(announced()).containsExactly(adminId + " ADMIN");

        ApiClient.Response again = api.post(CONFIRM, Map.of("tenant", acme.subdomain(), "token", token));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.field("code")).isEqualTo("CONFIRMATION_LINK_INVALID");
        assertThat(announced()).hasSize(1);
        assertThat(admin().post(RESEND, null).status()).as("already confirmed").isEqualTo(409);
    }

    @Test
    void anExpiredForgedOrForeignLinkConfirmsNothing() {
        String expired = linkToken("email_confirmations", Instant.now().minusSeconds(1), Instant.now().minus(WEEK));
        String valid = confirmationToken(Instant.now());
        TestTenants.Tenant globex = TestTenants.provision(api, jdbc);
        for (Map<String, String> attempt : List.of(
                Map.of("tenant", acme.subdomain(), "token", expired),
                Map.of("tenant", acme.subdomain(), "token", valid + "x"),
                Map.of("tenant", globex.subdomain(), "token", valid),
                Map.of("tenant", "no-such-org", "token", valid))) {
            ApiClient.Response refused = fromOwnAddress().post(CONFIRM, attempt);
            assertThat(refused.status()).as(attempt.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(fromOwnAddress().post(CONFIRM, Map.of("tenant", acme.subdomain())).status()).isEqualTo(400);
        assertThat(confirmed(admin())).isFalse();
        assertThat(confirmed(api.bearer(globex.accessToken()))).isFalse();
        assertThat(announced()).isEmpty();
    }

    @Test
    void aNewLinkIsRefusedWithinAMinuteOfTheLastAndAnUnsentOneLeavesTheOldWorking() {
        assertThat(links()).as("the first link, made as the admin joined").isEqualTo(1);
        ApiClient.Response tooSoon = admin().post(RESEND, null);
        assertThat(tooSoon.status()).as(tooSoon.text()).isEqualTo(429);
        assertThat(tooSoon.field("detail")).contains(acme.adminEmail(), "less than a minute ago");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, 60L);
        String recent = confirmationToken(Instant.now());

        jdbc.update("update " + acme.subdomain() + "_1.email_confirmations set created_at = now() - interval '2 minutes'");
        ApiClient.Response unsent = admin().post(RESEND, null); // the communication-service is not reachable here
        assertThat(unsent.status()).as(unsent.text()).isEqualTo(503);
        assertThat(unsent.field("detail")).isEqualTo("The email could not be sent just now: try again in a minute.");
        assertThat(links()).as("the unsent link is dropped").isEqualTo(2);
        assertThat(api.post(CONFIRM, Map.of("tenant", acme.subdomain(), "token", recent)).status()).isEqualTo(204);
    }

    @Test
    void aPasswordResetWithTheEmailedLinkConfirmsTheAddressToo() {
        String token = resetToken(Instant.now().plusSeconds(1800));
        assertThat(api.post("/api/auth/password/reset", Map.of("tenant", acme.subdomain(), "token", token, "password", "a brand new passphrase"))
                .status()).isEqualTo(204);
        String access = login(acme.subdomain(), acme.adminEmail(), "a brand new passphrase").field("accessToken");
        assertThat(confirmed(api.bearer(access))).isTrue();
        assertThat(announced()).hasSize(1);
    }

    @Test
    void aMemberWhoAcceptedAnInvitationStillConfirmsAndIsAnnouncedAgainWhenMadeAdmin() {
        String invited = admin().post("/api/tenants/invitations", Map.of("email", "rep@acme.test", "role", "SALES_REP")).field("acceptUrl");
        ApiClient.Response joined = api.post("/api/auth/register", Map.of("tenant", acme.subdomain(),
                "token", invited.substring(invited.indexOf("token=") + 6), "fullName", "Rita Rep", "password", "another long password"));
        ApiClient rep = api.bearer(joined.field("accessToken"));
        String repId = rep.get("/api/auth/profile").field("id");
        assertThat(confirmed(rep)).as("the admin may have passed the accept link on: accepting proves no address").isFalse();

        String token = linkToken("email_confirmations", "rep@acme.test", Instant.now().plus(WEEK), Instant.now());
        assertThat(api.post(CONFIRM, Map.of("tenant", acme.subdomain(), "token", token)).status()).isEqualTo(204);
        assertThat(announced()).containsExactly(repId + " SALES_REP");

        assertThat(admin().patch("/api/tenants/users/" + repId, Map.of("role", "ADMIN")).status()).isEqualTo(200);
        assertThat(announced()).containsExactly(repId + " SALES_REP", repId + " ADMIN");
    }

    @Test
    void anotherOrganizationsTokenCannotAskForThisOnesLinks() {
        TestTenants.Tenant globex = TestTenants.provision(api, jdbc);
        ApiClient intruder = api.bearer(globex.accessToken()).with("X-Tenant", acme.subdomain());
        assertThat(intruder.post(RESEND, null).status()).isEqualTo(403);
        assertThat(links()).as("only the first link").isEqualTo(1);
    }
}
