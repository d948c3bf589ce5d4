package dev.crm.common.autoconfigure;

import dev.crm.common.tenant.flyway.TenantMigrationRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The migrate-and-exit mode ({@code crm.migrate-and-exit}, {@code CRM_MIGRATE_AND_EXIT=true}) that the
 * chart's pre-upgrade Job runs in each service's image: the registry migrations, then every tenant schema
 * that is behind, synchronously; then the process exits, 0 when every tenant is current, 1 when any
 * failed. Its context is not the service's: only the datasource and the migration beans, so no web
 * server, event consumer, outbox relay, scheduler or other daemon of the service ever starts.
 */
public final class MigrateAndExit {

    static final String PROPERTY = "crm.migrate-and-exit";

    private static final Logger log = LoggerFactory.getLogger(MigrateAndExit.class);

    private MigrateAndExit() {}

    /** First thing in each service's main: in the migrate-and-exit mode, migrates and exits instead of starting the service. */
    public static void ifRequested(String[] args) {
        if (requested(args)) System.exit(run(args));
    }

    /** Decided before any context exists, from the arguments, system properties, environment and crm-defaults.properties. */
    static boolean requested(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        environment.getPropertySources().addLast(CrmDefaults.propertySource());
        return environment.getProperty(PROPERTY, Boolean.class, false);
    }

    static int run(String... args) {
        try (ConfigurableApplicationContext context = start(args)) {
            return migrate(context);
        } catch (RuntimeException e) {
            log.error("Migrations did not run: {}", e.getMessage(), e);
            return 1;
        }
    }

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(MigrationsOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }

    /** The registry was migrated when the context started (RegistrySchema); the tenants now. */
    static int migrate(ApplicationContext context) {
        return context.getBean(TenantMigrationRunner.class).migrateBehindNow().exitCode();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    @Import(TenantMigrationConfiguration.class)
    static class MigrationsOnly {}
}
