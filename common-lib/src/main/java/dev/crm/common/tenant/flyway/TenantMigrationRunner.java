package dev.crm.common.tenant.flyway;

import dev.crm.common.concurrent.Daemons;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At start, brings every active tenant schema to this build's version, in parallel and in the
 * background: tenants already current are served at once; the others answer 503 until their turn is done.
 * Only tenants whose recorded version is behind run Flyway at all (a no-op Flyway check costs ~8 ms).
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

    /** Marks the tenants that are behind before the service takes traffic, then migrates them in the background. */
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

    @EventListener(ApplicationReadyEvent.class)
    public void migrateInBackground() {
        List<TenantRecord> behind = findBehind();
        if (behind.isEmpty()) {
            log.info("All tenant schemas are at version {} for {}", migrator.latest(), migrator.service());
            return;
        }
        log.info("Migrating {} tenant schemas to version {} in the background", behind.size(), migrator.latest());
        Daemons.start("tenant-migrations", () -> migrateAll(behind));
    }

    void migrateAll(List<TenantRecord> behind) {
        long started = System.nanoTime();
        ExecutorService executor = Executors.newFixedThreadPool(parallelism);
        for (TenantRecord tenant : behind) {
            executor.submit(() -> migrate(tenant));
        }
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Migrated {} tenant schemas in {} ms ({} still pending)", behind.size(),
                (System.nanoTime() - started) / 1_000_000, gate.pendingCount());
    }

    /**
     * Migrates one tenant, reading its schema name from the registry before each attempt: a spare
     * schema can be claimed by a registration, and renamed, while this runs. A tenant that still fails
     * keeps answering 503 until its migration succeeds (a restart, or the saga's migration step).
     */
    private void migrate(TenantRecord tenant) {
        for (int attempt = 1; ; attempt++) {
            Optional<TenantRecord> current = attempt == 1 ? Optional.of(tenant) : tenants.findById(tenant.id());
            if (current.isEmpty()) {
                gate.done(tenant.id()); // discarded meanwhile: nothing left to migrate
                return;
            }
            try {
                migrator.migrate(tenant.id(), current.get().schemaName());
                gate.done(tenant.id());
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    log.error("Migration of tenant {} failed; its requests keep answering 503", tenant.id(), e);
                    return;
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
