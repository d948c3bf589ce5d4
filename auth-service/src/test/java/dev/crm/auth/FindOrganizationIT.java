package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.auth.directory.MemberDirectory;
import dev.crm.auth.directory.MemberDirectory.Membership;
import dev.crm.testing.ApiClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Find my organization": the directory knows every organization an address is a member of, as members
 * join and are removed; asking answers the same for members and strangers and is throttled per address.
 * (The emails themselves are read in the system tests, where the communication-service runs.)
 */
class FindOrganizationIT extends AuthApiTest {

    @Autowired
    MemberDirectory directory;

    @Test
    void theDirectoryFollowsMembersAcrossOrganizations() {
        TestTenants.Tenant globex = TestTenants.provision(api, jdbc);
        assertThat(names(acme.adminEmail())).containsExactly("Org " + acme.subdomain());

        // acme's admin is invited to globex too, and accepts
        ApiClient globexAdmin = api.bearer(globex.accessToken());
        String token = tokenOf(globexAdmin.post("/api/tenants/invitations", Map.of("email", acme.adminEmail(), "role", "SALES_REP")));
        ApiClient.Response joined = api.post("/api/auth/register", Map.of("tenant", globex.subdomain(), "token", token,
                "fullName", "Ada Admin", "password", "another long password"));
        assertThat(joined.status()).as(joined.text()).isEqualTo(201);
        assertThat(directory.organizationsOf(acme.adminEmail().toUpperCase())).extracting(Membership::subdomain)
                .containsExactlyInAnyOrder(acme.subdomain(), globex.subdomain());

        // removed from globex: only acme is left
        String memberId = api.bearer(joined.field("accessToken")).get("/api/auth/profile").field("id");
        assertThat(globexAdmin.delete("/api/tenants/users/" + memberId).status()).isEqualTo(204);
        assertThat(names(acme.adminEmail())).containsExactly("Org " + acme.subdomain());

        // an organization that is not active is not offered
        jdbc.update("update public.tenants set status = 'SUSPENDED' where id = ?", acme.id());
        assertThat(directory.organizationsOf(acme.adminEmail())).isEmpty();
    }

    @Test
    void askingAnswersTheSameForMembersAndStrangersAndIsThrottledPerAddress() {
        ApiClient.Response member = fromOwnAddress().post("/api/auth/organizations/find", Map.of("email", acme.adminEmail()));
        ApiClient.Response stranger = fromOwnAddress().post("/api/auth/organizations/find",
                Map.of("email", "nobody-" + UUID.randomUUID() + "@nowhere.test"));
        assertThat(member.status()).isEqualTo(202);
        assertThat(stranger.status()).isEqualTo(202);
        assertThat(member.text()).isEqualTo(stranger.text());

        assertThat(fromOwnAddress().post("/api/auth/organizations/find", Map.of("email", "not an address")).status()).isEqualTo(400);
        assertThat(fromOwnAddress().post("/api/auth/organizations/find", Map.of()).status()).isEqualTo(400);

        // three searches an hour for one address, from wherever they come
        String address = "someone-" + UUID.randomUUID() + "@acme.test";
        for (int i = 0; i < 3; i++) {
            assertThat(fromOwnAddress().post("/api/auth/organizations/find", Map.of("email", address)).status()).isEqualTo(202);
        }
        ApiClient.Response refused = fromOwnAddress().post("/api/auth/organizations/find", Map.of("email", address.toUpperCase()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotNull();
    }

    private java.util.List<String> names(String email) {
        return directory.organizationsOf(email).stream().map(Membership::name).toList();
    }

    private static String tokenOf(ApiClient.Response invitation) {
        assertThat(invitation.status()).as(invitation.text()).isEqualTo(201);
        String url = invitation.field("acceptUrl");
        return url.substring(url.indexOf("token=") + 6);
    }
}
