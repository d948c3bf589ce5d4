package dev.crm.common.autoconfigure;

import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.flyway.RegistryMigrations;
import dev.crm.common.tenant.flyway.TenantMigrationGate;
import dev.crm.common.tenant.flyway.TenantMigrationRunner;
import dev.crm.common.tenant.flyway.TenantMigrator;
import dev.crm.common.tenant.hibernate.TenantSchemaHibernateCustomizer;
import dev.crm.common.tenant.hibernate.TenantSchemaResolver;
import dev.crm.common.tenant.jdbc.SchemaTrackingPostProcessor;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Schema-per-tenant: the registry in {@code public}, Hibernate switching the schema per session, and
 * this service's Flyway migrations in every tenant schema.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CrmProperties.class)
public class CrmTenancyAutoConfiguration {

    /** Wraps the connection pool: schema switches without wasted round trips, bounded catalog memory per backend. */
    @Bean
    static SchemaTrackingPostProcessor schemaSpreadLimit(
            @org.springframework.beans.factory.annotation.Value("${crm.db.max-schemas-per-connection:200}") int limit) {
        return new SchemaTrackingPostProcessor(limit);
    }

    /** Marker bean: the registry tables exist once it is created. */
    public record RegistrySchema() {}

    @Bean
    RegistrySchema registrySchema(DataSource dataSource) {
        RegistryMigrations.migrate(dataSource);
        return new RegistrySchema();
    }

    @Bean
    TenantDirectory tenantDirectory(JdbcTemplate jdbc, RegistrySchema registry) {
        return new TenantDirectory(jdbc);
    }

    @Bean
    TenantSchemaResolver tenantSchemaResolver() {
        return new TenantSchemaResolver();
    }

    @Bean
    TenantSchemaHibernateCustomizer tenantSchemaHibernateCustomizer(TenantSchemaResolver resolver) {
        return new TenantSchemaHibernateCustomizer(resolver);
    }

    @Bean
    TenantMigrationGate tenantMigrationGate() {
        return new TenantMigrationGate();
    }

    /**
     * Flyway changes the search_path of the connections it uses; giving it unpooled connections keeps
     * that away from the request pool.
     */
    @Bean
    TenantMigrator tenantMigrator(DataSourceProperties db, JdbcTemplate jdbc, CrmProperties crm, RegistrySchema registry) {
        SimpleDriverDataSource migrations = new SimpleDriverDataSource();
        migrations.setDriverClass(org.postgresql.Driver.class);
        migrations.setUrl(db.determineUrl());
        migrations.setUsername(db.determineUsername());
        migrations.setPassword(db.determinePassword());
        return new TenantMigrator(migrations, jdbc, crm.service(), "classpath:db/tenant");
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    dev.crm.common.tenant.internal.TenantSchemaController tenantSchemaController(TenantDirectory tenants, TenantMigrator migrator,
                                                                                TenantMigrationGate gate) {
        return new dev.crm.common.tenant.internal.TenantSchemaController(tenants, migrator, gate);
    }

    @Bean
    TenantMigrationRunner tenantMigrationRunner(TenantMigrator migrator, TenantDirectory tenants, TenantMigrationGate gate,
                                                JdbcTemplate jdbc, CrmProperties crm) {
        return new TenantMigrationRunner(migrator, tenants, gate, jdbc, crm.migrationParallelism());
    }
}
