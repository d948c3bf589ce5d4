package dev.crm.communication.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserEmailConfirmed;
import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A new organization sends at most a few emails a day until an admin confirms their address (issue 14,
 * finding 8). The limit is 5 here, to keep the test short; the service's default is 20.
 */
@TestPropertySource(properties = "crm.mail.unconfirmed-daily-limit=5")
class SendingQuotaIT extends CommunicationServiceApiTest {

    private static final String SEND = "/api/communications/emails/send";
    private static final String QUOTA = "/api/communications/sending-quota";

    private static Map<String, Object> email(int n) {
        return Map.of("to", "prospect" + n + "@client.test", "subject", "Offer " + n, "body", "<p>Hello</p>",
                "contactId", UUID.randomUUID().toString());
    }

    private ApiClient internal() {
        return ApiClient.at("http://localhost:" + port).with("X-Internal-Secret", SchemaOwnerContract.INTERNAL_SECRET);
    }

    private static Map<String, Object> systemEmail(String to, boolean accountNotice) {
        return Map.of("to", to, "subject", "From the platform", "html", "<p>Hi</p>", "sensitive", true, "accountNotice", accountNotice);
    }

    private long counted(Organization organization) {
        return jdbc.queryForObject("select count(*) from " + organization.schema() + ".emails where not quota_exempt", Long.class);
    }

    @Test
    void aNewOrganizationSendsItsDailyQuotaThenIsRefusedWithNothingStored() {
        ApiClient.Response fresh = admin.api().get(QUOTA);
        assertThat(fresh.status()).as(fresh.text()).isEqualTo(200);
        assertThat(fresh.json().get("confirmed").asBoolean()).isFalse();
        assertThat(fresh.json().get("limit").asInt()).isEqualTo(5);
        assertThat(fresh.json().get("used").asInt()).isZero();
        assertThat(fresh.json().get("resetsAt").isNull()).isTrue();

        for (int n = 0; n < 5; n++) assertThat(admin.api().post(SEND, email(n)).status()).isEqualTo(202);
        ApiClient.Response refused = admin.api().post(SEND, email(5));
        assertThat(refused.status()).as(refused.text()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field("title")).isEqualTo("Sending limit reached");
        assertThat(refused.field("detail")).contains("5 emails a day until an admin confirms their email address");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(86_000L, 86_400L);
        assertThat(counted(acme)).isEqualTo(5);
        assertThat(rows("activities", "type = 'EMAIL'")).as("no activity for the refused email").isEqualTo(5);

        ApiClient.Response spent = admin.api().get(QUOTA);
        assertThat(spent.json().get("used").asInt()).isEqualTo(5);
        assertThat(spent.json().get("resetsAt").isNull()).isFalse();
        // another member of the same organization shares its quota
        assertThat(acme.as("SALES_REP").api().post(SEND, email(6)).status()).isEqualTo(429);
    }

    @Test
    void theAuthServicesAccountNoticesStillGoButItsInvitationsCount() {
        for (int n = 0; n < 5; n++) assertThat(admin.api().post(SEND, email(n)).status()).isEqualTo(202);
        String path = "/internal/tenants/" + acme.id() + "/emails";
        ApiClient.Response invitation = internal().post(path, systemEmail("invited@client.test", false));
        assertThat(invitation.status()).as(invitation.text()).isEqualTo(429);
        ApiClient.Response reset = internal().post(path, systemEmail(admin.email(), true));
        assertThat(reset.status()).as(reset.text()).isEqualTo(202);
        assertThat(counted(acme)).isEqualTo(5);
    }

    @Test
    void anAdminsConfirmedAddressLiftsTheQuotaAndAnotherMembersDoesNot() {
        for (int n = 0; n < 5; n++) assertThat(admin.api().post(SEND, email(n)).status()).isEqualTo(202);
        Member rep = acme.as("SALES_REP");
        publish(acme, EventType.USER_EMAIL_CONFIRMED, new UserEmailConfirmed(rep.id(), rep.email(), "SALES_REP"));
        publish(acme, EventType.USER_EMAIL_CONFIRMED, new UserEmailConfirmed(UUID.randomUUID(), "boss@acme.test", "ADMIN"));
        eventually("the organization confirmed", () -> admin.api().get(QUOTA).json().get("confirmed").asBoolean());
        assertThat(rows("sender_confirmation", "true")).isEqualTo(1);

        assertThat(admin.api().post(SEND, email(5)).status()).isEqualTo(202);
        assertThat(rep.api().post(SEND, email(6)).status()).isEqualTo(202);
    }

    @Test
    void theLastEmailOfTheQuotaGoesToOneOfManySendersAtOnce() throws Exception {
        for (int n = 0; n < 4; n++) assertThat(admin.api().post(SEND, email(n)).status()).isEqualTo(202);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 8)
                    .mapToObj(n -> pool.submit(() -> admin.api().post(SEND, email(10 + n)).status())).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) statuses.add(answer.get());
            assertThat(statuses).containsOnly(202, 429).filteredOn(s -> s == 202).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(counted(acme)).isEqualTo(5);
    }

    @Test
    void oneOrganizationsQuotaIsItsOwn() {
        for (int n = 0; n < 5; n++) assertThat(admin.api().post(SEND, email(n)).status()).isEqualTo(202);
        Organization globex = anotherOrganization();
        Member globexAdmin = globex.as("ADMIN");
        assertThat(globexAdmin.api().get(QUOTA).json().get("used").asInt()).isZero();
        assertThat(globexAdmin.api().post(SEND, email(0)).status()).isEqualTo(202);
        // globex's token naming acme cannot read or spend acme's quota
        assertThat(globexAdmin.api().with("X-Tenant", acme.subdomain()).get(QUOTA).status()).isIn(401, 403);
        assertThat(globexAdmin.api().with("X-Tenant", acme.subdomain()).post(SEND, email(9)).status()).isIn(401, 403);
        // an admin of globex confirmed frees globex only
        publish(globex, EventType.USER_EMAIL_CONFIRMED, new UserEmailConfirmed(globexAdmin.id(), globexAdmin.email(), "ADMIN"));
        eventually("globex confirmed", () -> globexAdmin.api().get(QUOTA).json().get("confirmed").asBoolean());
        assertThat(admin.api().get(QUOTA).json().get("confirmed").asBoolean()).isFalse();
        assertThat(admin.api().post(SEND, email(5)).status()).isEqualTo(429);
    }
}
