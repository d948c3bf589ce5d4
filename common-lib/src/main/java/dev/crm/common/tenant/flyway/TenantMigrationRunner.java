package dev.crm.common.tenant.flyway;

import dev.crm.common.concurrent.Daemons;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings every active tenant schema to this build's version, in parallel: at start in the background
 * (tenants already current are served at once; the others answer 503 until their turn is done), or in
 * the migrate-and-exit mode before the process exits. Only tenants whose recorded version is behind run
 * Flyway at all (a no-op Flyway check costs ~8 ms).
 */
public class TenantMigrationRunner {

    private static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(TenantMigrationRunner.class);

    private final TenantMigrator migrator;
    private final TenantDirectory tenants;
    private final TenantMigrationGate gate;
    private final JdbcTemplate jdbc;
    private final int parallelism;

    public TenantMigrationRunner(TenantMigrator migrator, TenantDirectory tenants, TenantMigrationGate gate, JdbcTemplate jdbc, int parallelism) {
        this.migrator = migrator;
        this.tenants = tenants;
        this.gate = gate;
        this.jdbc = jdbc;
        this.parallelism = parallelism;
    }

    /** The tenants whose schema is behind this build, marked pending in the gate: their requests answer 503 until migrated. */
    public List<TenantRecord> findBehind() {
        Map<UUID, String> versions = jdbc.query("select tenant_id, version from public.tenant_schema_versions where service = ?",
                        (rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)), migrator.service())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<TenantRecord> behind = tenants.findAllMigratable().stream()
                .filter(t -> migrator.isBehind(versions.get(t.id())))
                .toList();
        behind.forEach(t -> gate.pending(t.id()));
        return behind;
    }

    /** The normal start: the service takes traffic while the tenants that are behind are migrated. */
    public void migrateInBackground() {
        List<TenantRecord> behind = findBehind();
        if (behind.isEmpty()) {
            log.info("All tenant schemas are at version {} for {}", migrator.latest(), migrator.service());
            return;
        }
        log.info("Migrating {} tenant schemas to version {} in the background", behind.size(), migrator.latest());
        Daemons.start("tenant-migrations", () -> migrateAll(behind));
    }

    /** The migrate-and-exit mode: every tenant that is behind, before this returns. */
    public TenantMigrationSummary migrateBehindNow() {
        return migrateAll(findBehind());
    }

    TenantMigrationSummary migrateAll(List<TenantRecord> behind) {
        long started = System.nanoTime();
        ExecutorService executor = Executors.newFixedThreadPool(parallelism);
        Map<UUID, Future<Boolean>> outcomes = new LinkedHashMap<>();
        for (TenantRecord tenant : behind) {
            outcomes.put(tenant.id(), executor.submit(() -> migrate(tenant)));
        }
        executor.shutdown();
        List<UUID> failed = outcomes.entrySet().stream().filter(e -> !succeeded(e.getValue())).map(Map.Entry::getKey).toList();
        TenantMigrationSummary summary = new TenantMigrationSummary(migrator.service(), migrator.latest().toString(), behind.size(),
                failed, Duration.ofNanos(System.nanoTime() - started));
        if (failed.isEmpty()) log.info(summary.line());
        else log.error(summary.line());
        return summary;
    }

    private static boolean succeeded(Future<Boolean> outcome) {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Migrates one tenant, reading its schema name from the registry before each attempt: a spare
     * schema can be claimed by a registration, and renamed, while this runs. A tenant that still fails
     * keeps answering 503 until its migration succeeds (a restart, the migration Job, or the saga's
     * migration step). Every attempt's outcome is in the registry's migration status (TenantMigrator).
     */
    private boolean migrate(TenantRecord tenant) {
        for (int attempt = 1; ; attempt++) {
            Optional<TenantRecord> current = attempt == 1 ? Optional.of(tenant) : tenants.findById(tenant.id());
            if (current.isEmpty()) {
                gate.done(tenant.id()); // discarded meanwhile: nothing left to migrate
                return true;
            }
            try {
                migrator.migrate(tenant.id(), current.get().schemaName());
                gate.done(tenant.id());
                return true;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    log.error("Migration of tenant {} failed {} times; it stays behind (503 to its requests) until one succeeds", tenant.id(), ATTEMPTS, e);
                    return false;
                }
                log.warn("Migration of tenant {} failed (attempt {}), retrying: {}", tenant.id(), attempt, e.getMessage());
                sleep(Duration.ofSeconds(attempt));
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
