package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provisions an organization the way the tenant-service's saga does, as far as the auth-service is
 * concerned: registry row, schema, this service's migration, first admin, ACTIVE.
 */
final class TestTenants {

    static final String INTERNAL_SECRET = SchemaOwnerContract.INTERNAL_SECRET;
    static final String PASSWORD = "correct horse battery";

    record Tenant(UUID id, String subdomain, String adminEmail, String accessToken, String refreshToken) {}

    static Tenant provision(ApiClient api, JdbcTemplate jdbc) {
        String subdomain = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID id = UUID.randomUUID();
        String schema = subdomain + "_1";
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, ?, ?, 'PROVISIONING')",
                id, subdomain, "Org " + subdomain, schema);
        jdbc.execute("create schema " + schema);
        ApiClient internal = api.with("X-Internal-Secret", INTERNAL_SECRET);
        assertThat(internal.post("/internal/tenants/" + id + "/schema", null).status()).isEqualTo(200);
        String email = "admin@" + subdomain + ".test";
        ApiClient.Response admin = internal.post("/internal/tenants/" + id + "/admin",
                Map.of("email", email, "fullName", "Ada Admin", "password", PASSWORD));
        assertThat(admin.status()).as(admin.text()).isEqualTo(200);
        jdbc.update("update public.tenants set status = 'ACTIVE' where id = ?", id);
        return new Tenant(id, subdomain, email,
                admin.json().path("tokens").path("accessToken").asString(), admin.json().path("tokens").path("refreshToken").asString());
    }

    private TestTenants() {}
}
