package dev.crm.common.tenant.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.TestDatabase;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Against real PostgreSQL: what the migrate-and-exit mode does with the tenants that are behind. A tenant
 * that cannot be migrated is recorded as failed with its error and makes the exit code non-zero; the
 * others are migrated and recorded all the same.
 */
class TenantMigrationJobIT {

    private static final String SERVICE = "jobtest";

    private final DriverManagerDataSource db = TestDatabase.dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    @Test
    void migratesEveryTenantBehindRecordsEachOutcomeAndFailsTheRunWhenOneFails() {
        RegistryMigrations.migrate(db);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        TenantMigrator migrator = new TenantMigrator(db, jdbc, SERVICE, "classpath:db/runner-test", meters);
        double failingBefore = meters.get("crm.tenant.migrations.failing").gauge().value(); // crm_test keeps other runs' rows
        TenantMigrationRunner runner = new TenantMigrationRunner(migrator, new TenantDirectory(jdbc), new TenantMigrationGate(), jdbc, 2);
        UUID current = tenantWithSchema("current");
        migrator.migrate(current, schemaOf(current));
        UUID behind = tenantWithSchema("behind");
        UUID broken = tenantWithSchema("broken");
        jdbc.execute("create table " + schemaOf(broken) + ".widgets (legacy text)"); // V1 creates widgets: it cannot
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        TenantMigrationSummary summary = runner.migrateAll(behindAmong(runner, current, behind, broken));

        assertThat(summary.behind()).as("the current tenant is not run again").isEqualTo(2);
        assertThat(summary.failed()).containsExactly(broken);
        assertThat(summary.exitCode()).isNotZero();
        assertThat(tableExists(schemaOf(behind), "widgets")).isTrue();
        Map<String, Object> migrated = status(behind);
        assertThat(migrated).containsEntry("outcome", "MIGRATED").containsEntry("target_version", "1").containsEntry("error", null);
        assertThat(((java.sql.Timestamp) migrated.get("attempted_at")).toInstant()).isAfterOrEqualTo(started);
        assertThat((Long) migrated.get("duration_ms")).isNotNegative();
        Map<String, Object> failed = status(broken);
        assertThat(failed).containsEntry("outcome", "FAILED").containsEntry("target_version", "1");
        assertThat((String) failed.get("error")).contains("widgets").contains("already exists");
        assertThat(migrator.recordedVersion(broken)).as("no version recorded for the failed tenant").isEmpty();
        assertThat(meters.get("crm.tenant.migrations.failing").gauge().value()).as("what the alert watches").isEqualTo(failingBefore + 1);
        assertThat(meters.get("crm.tenant.migrations").tag("outcome", "failed").timer().count()).isPositive();

        // the operator repairs the schema and runs the Job again: only the failed tenant is behind now
        jdbc.execute("drop table " + schemaOf(broken) + ".widgets");
        TenantMigrationSummary retried = runner.migrateAll(behindAmong(runner, current, behind, broken));

        assertThat(retried.behind()).isEqualTo(1);
        assertThat(retried.exitCode()).isZero();
        assertThat(status(broken)).containsEntry("outcome", "MIGRATED").containsEntry("error", null);
        assertThat(meters.get("crm.tenant.migrations.failing").gauge().value()).isEqualTo(failingBefore);
    }

    private List<TenantRecord> behindAmong(TenantMigrationRunner runner, UUID... ids) {
        Set<UUID> ours = Set.of(ids); // crm_test holds other tests' tenants too
        return runner.findBehind().stream().filter(t -> ours.contains(t.id())).toList();
    }

    private UUID tenantWithSchema(String name) {
        String key = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, ?, ?, 'ACTIVE')",
                id, name + "-" + key, name, name + "_" + key);
        jdbc.execute("create schema " + name + "_" + key);
        return id;
    }

    private String schemaOf(UUID tenant) {
        return jdbc.queryForObject("select schema_name from public.tenants where id = ?", String.class, tenant);
    }

    private boolean tableExists(String schema, String table) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                Long.class, schema, table) == 1;
    }

    private Map<String, Object> status(UUID tenant) {
        return jdbc.queryForMap("select outcome, target_version, error, attempted_at, duration_ms from public.tenant_migration_status"
                + " where tenant_id = ? and service = ?", tenant, SERVICE);
    }
}
