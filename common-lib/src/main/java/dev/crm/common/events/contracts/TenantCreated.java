package dev.crm.common.events.contracts;

import java.util.UUID;

/** tenant-service: an organization finished provisioning and is active. */
public record TenantCreated(UUID tenantId, String subdomain, String name, String plan, UUID adminUserId, String adminEmail) {}
