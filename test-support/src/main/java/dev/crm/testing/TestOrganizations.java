package dev.crm.testing;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Organizations for a service's integration tests, made the way the registration saga makes them:
 * a registry row, a schema, this service's tables migrated into it through its internal endpoint,
 * then ACTIVE. Members are signed in with {@link TestTokens}.
 */
public final class TestOrganizations {

    private final JdbcTemplate jdbc;
    private final ApiClient service;

    public TestOrganizations(JdbcTemplate jdbc, int port) {
        this.jdbc = jdbc;
        this.service = ApiClient.at("http://localhost:" + port);
    }

    public Organization create() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String subdomain = "t" + suffix;
        String schema = subdomain + "_1";
        UUID id = UUID.randomUUID();
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, ?, ?, 'PROVISIONING')",
                id, subdomain, "Org " + suffix, schema);
        jdbc.execute("create schema " + schema);
        ApiClient.Response migrated = service.with("X-Internal-Secret", SchemaOwnerContract.INTERNAL_SECRET)
                .post("/internal/tenants/" + id + "/schema", null);
        if (migrated.status() != 200) throw new IllegalStateException("Migration failed: " + migrated.text());
        jdbc.update("update public.tenants set status = 'ACTIVE' where id = ?", id);
        return new Organization(id, subdomain, schema, service);
    }

    /** One organization; {@link #as(String)} gives a client signed in as a new member with that role. */
    public record Organization(UUID id, String subdomain, String schema, ApiClient service) {

        public Member as(String role) {
            UUID userId = UUID.randomUUID();
            String email = role.toLowerCase(java.util.Locale.ROOT) + "-" + userId.toString().substring(0, 8) + "@" + subdomain + ".test";
            return new Member(userId, email, role, service.bearer(TestTokens.issue(id, subdomain, userId, role, email)));
        }
    }

    public record Member(UUID id, String email, String role, ApiClient api) {}
}
