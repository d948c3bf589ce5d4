package dev.crm.common.tenant.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.TestDatabase;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Against real PostgreSQL: the start-up migration copes with a spare schema claimed (renamed) while it runs. */
class TenantMigrationRunnerIT {

    private final DriverManagerDataSource db = TestDatabase.dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    @Test
    void aSpareRenamedByARegistrationMidwayIsMigratedUnderItsNewName() {
        RegistryMigrations.migrate(db);
        String key = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, 'Spare', ?, 'SPARE')",
                id, "spare-" + key, "spare_" + key);
        jdbc.execute("create schema spare_" + key);
        TenantMigrator migrator = new TenantMigrator(db, jdbc, "runnertest", "classpath:db/runner-test", new SimpleMeterRegistry());
        TenantMigrationGate gate = new TenantMigrationGate();
        TenantMigrationRunner runner = new TenantMigrationRunner(migrator, new TenantDirectory(jdbc), gate, jdbc, 1);
        List<TenantRecord> behind = runner.findBehind().stream().filter(t -> t.id().equals(id)).toList();

        // a registration claims the spare between the runner's lookup and its migration
        jdbc.execute("alter schema spare_" + key + " rename to acme_" + key);
        jdbc.update("update public.tenants set schema_name = ?, subdomain = ?, status = 'ACTIVE' where id = ?", "acme_" + key, "acme-" + key, id);
        runner.migrateAll(behind);

        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? and table_name = 'widgets'",
                Long.class, "acme_" + key)).isEqualTo(1);
        assertThat(gate.isReady(id)).as("its requests are answered again").isTrue();
        assertThat(jdbc.queryForObject("select version from public.tenant_schema_versions where tenant_id = ? and service = 'runnertest'",
                String.class, id)).isEqualTo("1");
    }
}
