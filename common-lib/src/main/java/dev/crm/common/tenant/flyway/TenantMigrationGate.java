package dev.crm.common.tenant.flyway;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Which tenants this service is still migrating; their requests get 503 with Retry-After until done. */
public class TenantMigrationGate {

    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();

    public void pending(UUID tenantId) {
        pending.add(tenantId);
    }

    public void done(UUID tenantId) {
        pending.remove(tenantId);
    }

    public boolean isReady(UUID tenantId) {
        return !pending.contains(tenantId);
    }

    public int pendingCount() {
        return pending.size();
    }
}
