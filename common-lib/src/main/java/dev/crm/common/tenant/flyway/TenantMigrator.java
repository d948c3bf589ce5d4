package dev.crm.common.tenant.flyway;

import dev.crm.common.tenant.SchemaName;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates this service's tables inside one tenant schema, with a Flyway history table of its own
 * ({@code flyway_history_contact}, ...), and records the version reached in the registry so that a
 * start-up only runs Flyway for tenants that are behind.
 */
public class TenantMigrator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TenantMigrator.class);

    private static final Pattern VERSIONED = Pattern.compile("^V([0-9_.]+)__.+\\.sql$");

    private final DataSource migrationDataSource;
    private final JdbcTemplate jdbc;
    private final String service;
    private final MigrationVersion latest;
    private final PreloadedMigrations scripts;
    private final TenantMigrationStatus status;

    public TenantMigrator(DataSource migrationDataSource, JdbcTemplate jdbc, String service, String location, MeterRegistry meters) {
        this.migrationDataSource = migrationDataSource;
        this.jdbc = jdbc;
        this.service = service;
        this.scripts = new PreloadedMigrations(location);
        this.latest = latestVersionOf(scripts.filenames());
        this.status = new TenantMigrationStatus(jdbc, service, meters);
    }

    public String service() {
        return service;
    }

    /** The newest migration this build carries; {@link MigrationVersion#EMPTY} when it carries none. */
    public MigrationVersion latest() {
        return latest;
    }

    public boolean isBehind(String recordedVersion) {
        if (recordedVersion == null) return true;
        return MigrationVersion.fromVersion(recordedVersion).compareTo(latest) < 0;
    }

    /** Migrates one schema and records the attempt, succeeded or failed, in the registry's migration status. */
    public MigrateResult migrate(UUID tenantId, String schema) {
        Instant attemptedAt = Instant.now();
        long started = System.nanoTime();
        try {
            MigrateResult result = runFlyway(schema);
            recordVersion(tenantId, latestVersion());
            status.migrated(tenantId, latestVersion(), attemptedAt, Duration.ofNanos(System.nanoTime() - started));
            log.debug("Migrated {} for {} in {} ms", schema, service, (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (RuntimeException e) {
            status.failed(tenantId, latestVersion(), attemptedAt, Duration.ofNanos(System.nanoTime() - started), e);
            throw e;
        }
    }

    private MigrateResult runFlyway(String schema) {
        SchemaName.requireValid(schema);
        return Flyway.configure()
                .dataSource(migrationDataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .table("flyway_history_" + service.replace('-', '_'))
                .resourceProvider(scripts)
                .javaMigrationClassProvider(List::of)
                .skipDefaultCallbacks(true)
                // Other services' tables share the schema: start this service's own history at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private String latestVersion() {
        return latest.getVersion() == null ? "0" : latest.getVersion();
    }

    private void recordVersion(UUID tenantId, String version) {
        jdbc.update("""
                insert into public.tenant_schema_versions (tenant_id, service, version, migrated_at) values (?, ?, ?, now())
                on conflict (tenant_id, service) do update set version = excluded.version, migrated_at = excluded.migrated_at""",
                tenantId, service, version);
    }

    public Optional<String> recordedVersion(UUID tenantId) {
        return jdbc.queryForList("select version from public.tenant_schema_versions where tenant_id = ? and service = ?",
                String.class, tenantId, service).stream().findFirst();
    }

    static MigrationVersion latestVersionOf(List<String> filenames) {
        return filenames.stream()
                .map(VERSIONED::matcher)
                .filter(Matcher::matches)
                .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }
}
