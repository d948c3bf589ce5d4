package dev.crm.common.tenant;

import java.util.UUID;

/** The tenant a piece of work runs for: its id, its subdomain and the schema that holds its data. */
public record CurrentTenant(UUID id, String subdomain, String schema) {

    public CurrentTenant {
        if (id == null) throw new IllegalArgumentException("tenant id is required");
        SchemaName.requireValid(schema);
    }

    public static CurrentTenant of(TenantRecord tenant) {
        return new CurrentTenant(tenant.id(), tenant.subdomain(), tenant.schemaName());
    }

    /** {@code table} in this tenant's schema, for SQL that does not go through Hibernate (which switches the schema itself). */
    public String table(String table) {
        return schema + "." + table;
    }
}
