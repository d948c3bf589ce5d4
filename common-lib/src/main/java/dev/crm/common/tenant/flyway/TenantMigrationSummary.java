package dev.crm.common.tenant.flyway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** What one run of a service's tenant migrations did; the migrate-and-exit mode exits with its code. */
public record TenantMigrationSummary(String service, String version, int behind, List<UUID> failed, Duration took) {

    public TenantMigrationSummary {
        failed = List.copyOf(failed);
    }

    /** 0 when every tenant is current, 1 when any failed (the others were migrated all the same). */
    public int exitCode() {
        return failed.isEmpty() ? 0 : 1;
    }

    String line() {
        return String.format("Tenant migrations of %s to version %s: %d behind, %d migrated, %d failed%s in %d ms",
                service, version, behind, behind - failed.size(), failed.size(), failed.isEmpty() ? "" : " " + failed, took.toMillis());
    }
}
