package dev.crm.tenant.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registration whose saga fails half way (here: the other services cannot be reached) leaves no half
 * tenant behind: no registry row, no schema, the subdomain free for a retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    "crm.services.auth=http://127.0.0.1:9",
    "crm.services.contact=http://127.0.0.1:9",
    "crm.services.deal=http://127.0.0.1:9",
    "crm.services.communication=http://127.0.0.1:9",
    "crm.provisioning.spare-schemas=0"
})
class RegistrationRollbackIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistrationSaga saga;

    @Test
    void aFailedProvisioningIsRolledBackAndCanBeRetried() {
        String subdomain = "rb-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> body = Map.of("organizationName", "Rollback Inc", "subdomain", subdomain,
                "adminEmail", "a@rollback.test", "adminPassword", "correct horse battery", "adminFullName", "Ada");
        ApiClient api = ApiClient.at("http://localhost:" + port);

        ApiClient.Response first = api.post("/api/tenants/register", body);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.field("code")).isEqualTo("PROVISIONING_FAILED");
        assertNothingLeftOf(subdomain);

        ApiClient.Response retry = api.post("/api/tenants/register", body);
        assertThat(retry.status()).as("the subdomain is free again, so a retry gets as far as the first try").isEqualTo(503);
        assertNothingLeftOf(subdomain);
    }

    @Test
    void theJanitorRollsBackAProvisioningAbandonedByACrash() {
        String subdomain = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        String schema = subdomain.replace('-', '_') + "_1";
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status, created_at) "
                + "values (?, ?, 'Crashed', ?, 'PROVISIONING', now() - interval '10 minutes')", id, subdomain, schema);
        jdbc.execute("create schema " + schema);

        saga.discardAbandoned();

        assertNothingLeftOf(subdomain);
    }

    private void assertNothingLeftOf(String subdomain) {
        assertThat(jdbc.queryForObject("select count(*) from public.tenants where subdomain = ?", Long.class, subdomain)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname like ?", Long.class,
                subdomain.replace('-', '_') + "\\_%")).isZero();
    }
}
