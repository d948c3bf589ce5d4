package dev.crm.common.tenant;

public enum TenantStatus {
    /** The provisioning saga is running (or died and waits for the janitor to roll it back). */
    PROVISIONING,
    ACTIVE,
    SUSPENDED
}
