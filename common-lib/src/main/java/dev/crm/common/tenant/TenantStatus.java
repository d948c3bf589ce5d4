package dev.crm.common.tenant;

public enum TenantStatus {
    /** Provisioned and migrated ahead of time, waiting for a registration to claim it; holds no data. */
    SPARE,
    /** The provisioning saga is running (or died and waits for the janitor to roll it back). */
    PROVISIONING,
    ACTIVE,
    SUSPENDED
}
