package dev.crm.common.tenant;

import java.time.Instant;
import java.util.UUID;

/** A row of the global tenant registry (`public.tenants`). */
public record TenantRecord(
        UUID id, String subdomain, String name, String schemaName, TenantStatus status, String plan, Instant createdAt,
        int trashRetentionDays) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
