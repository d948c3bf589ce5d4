package dev.crm.common.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.TestDatabase;
import dev.crm.common.events.EventConsumers;
import dev.crm.common.events.JetStreamConnection;
import dev.crm.common.events.OutboxRelay;
import dev.crm.common.tenant.flyway.TenantMigrationRunner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/** The migrate-and-exit mode's context, started against real PostgreSQL: the migrations and nothing that serves or runs in the background. */
class MigrateAndExitIT {

    @Test
    void startsWithTheMigratedRegistryAndNoWebServerConsumersRelayOrSchedulers() {
        try (ConfigurableApplicationContext context = MigrateAndExit.start(
                "--spring.datasource.url=" + TestDatabase.URL,
                "--crm.service=jobcontext")) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(EventConsumers.class)).isEmpty();
            assertThat(context.getBeanNamesForType(OutboxRelay.class)).isEmpty();
            assertThat(context.getBeanNamesForType(JetStreamConnection.class)).isEmpty();
            assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
            assertThat(context.getBean(TenantMigrationRunner.class)).isNotNull();
            assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'tenant_migration_status'",
                    Long.class)).as("registry migration 10 ran at start").isEqualTo(1);
        }
    }

    @Test
    void isRequestedByTheCommandLineArgument() {
        assertThat(MigrateAndExit.requested(new String[] {"--crm.migrate-and-exit=true"})).isTrue();
        assertThat(MigrateAndExit.requested(new String[] {})).as("CRM_MIGRATE_AND_EXIT is unset here").isFalse();
    }
}
