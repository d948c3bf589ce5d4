package dev.crm.common.autoconfigure;

import dev.crm.common.autoconfigure.CrmTenancyAutoConfiguration.RegistrySchema;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.flyway.RegistryMigrations;
import dev.crm.common.tenant.flyway.TenantMigrationGate;
import dev.crm.common.tenant.flyway.TenantMigrationRunner;
import dev.crm.common.tenant.flyway.TenantMigrator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The registry and this service's tenant migrations: part of every service's context
 * (CrmTenancyAutoConfiguration) and all there is, beside the datasource, in the migrate-and-exit mode.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrmProperties.class)
class TenantMigrationConfiguration {

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
    TenantMigrationGate tenantMigrationGate() {
        return new TenantMigrationGate();
    }

    /**
     * Flyway changes the search_path of the connections it uses; giving it unpooled connections keeps
     * that away from the request pool.
     */
    @Bean
    TenantMigrator tenantMigrator(DataSourceProperties db, JdbcTemplate jdbc, CrmProperties crm, RegistrySchema registry,
                                  ObjectProvider<MeterRegistry> meters) {
        SimpleDriverDataSource migrations = new SimpleDriverDataSource();
        migrations.setDriverClass(org.postgresql.Driver.class);
        migrations.setUrl(db.determineUrl());
        migrations.setUsername(db.determineUsername());
        migrations.setPassword(db.determinePassword());
        // the migrate-and-exit mode has no actuator: its figures are the status table and its exit code
        return new TenantMigrator(migrations, jdbc, crm.service(), "classpath:db/tenant",
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    TenantMigrationRunner tenantMigrationRunner(TenantMigrator migrator, TenantDirectory tenants, TenantMigrationGate gate,
                                                JdbcTemplate jdbc, CrmProperties crm) {
        return new TenantMigrationRunner(migrator, tenants, gate, jdbc, crm.migrationParallelism());
    }
}
