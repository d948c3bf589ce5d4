package dev.crm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every service that owns tables in the tenant schemas promises, against real PostgreSQL: it
 * migrates a provisioning tenant's schema when the saga asks with the internal secret, records the
 * version, refuses the step without the secret, and answers its API only to signed-in members.
 * A service's integration test extends this with its own {@code @SpringBootTest}.
 */
public abstract class SchemaOwnerContract {

    public static final String INTERNAL_SECRET = TestSecrets.INTERNAL;

    /** The discard port: nothing listens, so the service cannot fetch the auth-service's keys. */
    public static final String UNREACHABLE_AUTH_URL = "http://127.0.0.1:9";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** This service's short name (its Flyway history table is {@code flyway_history_<name>}). */
    protected abstract String service();

    /** One of this service's tables in a tenant schema. */
    protected abstract String ownTable();

    /** One of this service's API paths, which needs a token. */
    protected abstract String apiPath();

    private ApiClient api() {
        return ApiClient.at("http://localhost:" + port);
    }

    private UUID provisioningTenant(String schema) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, 'Contract', ?, 'PROVISIONING')",
                id, schema.replace('_', '-'), schema);
        jdbc.execute("create schema " + schema);
        return id;
    }

    @Test
    void migratesItsTablesIntoANewTenantSchemaWhenTheSagaAsks() {
        String schema = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_1";
        UUID tenant = provisioningTenant(schema);

        ApiClient.Response step = api().with("X-Internal-Secret", INTERNAL_SECRET).post("/internal/tenants/" + tenant + "/schema", null);

        assertThat(step.status()).as(step.text()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? and table_name in (?, ?)",
                Long.class, schema, ownTable(), "flyway_history_" + service())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select version from public.tenant_schema_versions where tenant_id = ? and service = ?",
                String.class, tenant, service())).isNotBlank();
    }

    @Test
    void refusesTheProvisioningStepWithoutTheInternalSecret() {
        String schema = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_1";
        UUID tenant = provisioningTenant(schema);

        assertThat(api().post("/internal/tenants/" + tenant + "/schema", null).status()).isEqualTo(404);
        assertThat(api().with("X-Internal-Secret", "guess").post("/internal/tenants/" + tenant + "/schema", null).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?", Long.class, schema)).isZero();
    }

    @Test
    void refusesTheProvisioningStepWithoutTheSecretHoweverItsPathIsSpelled() {
        String schema = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_1";
        UUID tenant = provisioningTenant(schema);

        for (String path : InternalPaths.spellingsOf("/internal/tenants/" + tenant + "/schema")) {
            ApiClient.Response r = api().post(path, null);
            assertThat(r.status()).as(path).isBetween(400, 499);
            if (!path.contains("%2F")) { // the servlet container itself refuses an encoded slash, before any filter runs
                assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?", Long.class, schema))
                .as("tables created by a request without the secret").isZero();
    }

    @Test
    void answersItsApiOnlyToSignedInMembersAndAlwaysAsProblems() {
        ApiClient.Response anonymous = api().get(apiPath());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api().bearer("not.a.token").get(apiPath()).status()).isEqualTo(401);
        assertThat(api().get("/actuator/health/readiness").text()).contains("UP");
    }

    @Test
    void aTokenThatCannotBeCheckedRightNowIsA503NeverA500() {
        String token = TestTokens.issue(UUID.randomUUID(), "somewhere", UUID.randomUUID(), "ADMIN", "a@somewhere.test");
        ApiClient.Response r = api().bearer(token).get(apiPath());
        assertThat(r.status()).as(r.text()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.text()).doesNotContain("jwks").doesNotContain("Exception");
    }
}
