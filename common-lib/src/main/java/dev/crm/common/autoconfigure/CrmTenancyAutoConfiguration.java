package dev.crm.common.autoconfigure;

import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.flyway.TenantMigrationGate;
import dev.crm.common.tenant.flyway.TenantMigrationRunner;
import dev.crm.common.tenant.flyway.TenantMigrator;
import dev.crm.common.tenant.hibernate.TenantSchemaHibernateCustomizer;
import dev.crm.common.tenant.hibernate.TenantSchemaResolver;
import dev.crm.common.tenant.jdbc.SchemaTrackingPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Schema-per-tenant: the registry in {@code public}, Hibernate switching the schema per session, and
 * this service's Flyway migrations in every tenant schema.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CrmProperties.class)
@Import(TenantMigrationConfiguration.class)
public class CrmTenancyAutoConfiguration {

    /** Wraps the connection pool: schema switches without wasted round trips, bounded catalog memory per backend. */
    @Bean
    static SchemaTrackingPostProcessor schemaSpreadLimit(
            @org.springframework.beans.factory.annotation.Value("${crm.db.max-schemas-per-connection:200}") int limit) {
        return new SchemaTrackingPostProcessor(limit);
    }

    /** Marker bean: the registry tables exist once it is created (TenantMigrationConfiguration). */
    public record RegistrySchema() {}

    @Bean
    TenantSchemaResolver tenantSchemaResolver() {
        return new TenantSchemaResolver();
    }

    @Bean
    TenantSchemaHibernateCustomizer tenantSchemaHibernateCustomizer(TenantSchemaResolver resolver) {
        return new TenantSchemaHibernateCustomizer(resolver);
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    dev.crm.common.tenant.internal.TenantSchemaController tenantSchemaController(TenantDirectory tenants, TenantMigrator migrator,
                                                                                TenantMigrationGate gate) {
        return new dev.crm.common.tenant.internal.TenantSchemaController(tenants, migrator, gate);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> tenantMigrationsAtStart(TenantMigrationRunner runner) {
        return ready -> runner.migrateInBackground();
    }
}
