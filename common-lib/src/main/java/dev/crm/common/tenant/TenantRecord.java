package dev.crm.common.tenant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A row of the global tenant registry (`public.tenants`). */
public record TenantRecord(
        UUID id, String subdomain, String name, String schemaName, TenantStatus status, String plan, Instant createdAt,
        int trashRetentionDays, Set<String> exportRoles) {

    /** Whether a member of this role may export the whole customer book (a CSV of every contact). */
    public boolean mayExport(String role) {
        return exportRoles.contains(role);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
