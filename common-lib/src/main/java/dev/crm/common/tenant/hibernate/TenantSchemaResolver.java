package dev.crm.common.tenant.hibernate;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.SchemaName;
import dev.crm.common.tenant.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;

/**
 * Tells Hibernate which schema a session works in. The tenant identifier is the schema name of the
 * tenant in context; Hibernate sets it on the connection when the session takes one from the pool and
 * restores it on release. Outside a tenant context it names a schema that does not exist, so no tenant
 * table resolves there.
 */
public class TenantSchemaResolver implements CurrentTenantIdentifierResolver<String>, TenantSchemaMapper<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(CurrentTenant::schema).orElse(SchemaName.NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public String schemaName(String tenantIdentifier) {
        return SchemaName.requireValid(tenantIdentifier);
    }
}
