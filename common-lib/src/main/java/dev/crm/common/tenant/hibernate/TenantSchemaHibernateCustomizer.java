package dev.crm.common.tenant.hibernate;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/** Turns on Hibernate's schema-per-tenant mode with one shared connection pool. */
public class TenantSchemaHibernateCustomizer implements HibernatePropertiesCustomizer {

    private final TenantSchemaResolver resolver;

    public TenantSchemaHibernateCustomizer(TenantSchemaResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, resolver);
    }
}
