package dev.crm.common.tenant.flyway;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The global registry in schema {@code public} (tenants, schema versions, outbox, handled events,
 * token cutoffs). Every service migrates it at start: Flyway's lock makes concurrent starts safe, and
 * whichever service starts first creates it.
 */
public final class RegistryMigrations {

    private RegistryMigrations() {}

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("public")
                .table("flyway_history_registry")
                .locations("classpath:db/registry")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
