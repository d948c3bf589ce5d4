package dev.crm.common.tenant.flyway;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last migration attempt of one service per tenant, in {@code public.tenant_migration_status}, for
 * operators; as metrics, how long attempts take ({@code crm.tenant.migrations{outcome}}) and how many
 * tenants' last attempt failed ({@code crm.tenant.migrations.failing}, which an alert watches).
 */
class TenantMigrationStatus {

    static final int MAX_ERROR_LENGTH = 2000;

    private static final Logger log = LoggerFactory.getLogger(TenantMigrationStatus.class);

    private static final String UPSERT = """
            insert into public.tenant_migration_status (tenant_id, service, outcome, target_version, error, attempted_at, duration_ms)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, service) do update set outcome = excluded.outcome, target_version = excluded.target_version,
                error = excluded.error, attempted_at = excluded.attempted_at, duration_ms = excluded.duration_ms""";

    private final JdbcTemplate jdbc;
    private final String service;
    private final Timer migratedTimer;
    private final Timer failedTimer;

    TenantMigrationStatus(JdbcTemplate jdbc, String service, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.service = service;
        this.migratedTimer = timer(meters, "migrated");
        this.failedTimer = timer(meters, "failed");
        Gauge.builder("crm.tenant.migrations.failing", this, TenantMigrationStatus::failingCount)
                .description("Tenant schemas whose last migration of this service failed (their requests answer 503)").register(meters);
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("crm.tenant.migrations").description("Migrations of one tenant schema, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    double failingCount() {
        Long failing = jdbc.queryForObject("select count(*) from public.tenant_migration_status where service = ? and outcome = 'FAILED'",
                Long.class, service);
        return failing == null ? 0 : failing;
    }

    void migrated(UUID tenantId, String targetVersion, Instant attemptedAt, Duration took) {
        migratedTimer.record(took);
        jdbc.update(UPSERT, tenantId, service, "MIGRATED", targetVersion, null, Timestamp.from(attemptedAt), took.toMillis());
    }

    /** Best effort: a registry that cannot take the status must not hide the migration's own error. */
    void failed(UUID tenantId, String targetVersion, Instant attemptedAt, Duration took, RuntimeException error) {
        failedTimer.record(took);
        try {
            jdbc.update(UPSERT, tenantId, service, "FAILED", targetVersion, describe(error), Timestamp.from(attemptedAt), took.toMillis());
        } catch (DataAccessException e) {
            log.warn("Could not record the failed migration of tenant {}: {}", tenantId, e.getMessage());
        }
    }

    private static String describe(RuntimeException error) {
        String message = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
