package dev.crm.common.autoconfigure;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.EventConsumers;
import dev.crm.common.events.EventHandler;
import dev.crm.common.events.EventTracing;
import dev.crm.common.events.JetStreamConnection;
import dev.crm.common.events.JetStreamMetrics;
import dev.crm.common.events.NatsAuth;
import dev.crm.common.events.OutboxRelay;
import dev.crm.common.tenant.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Domain events: the transactional outbox, its relay to JetStream, durable consumers and the audit trail. */
@AutoConfiguration(after = CrmTenancyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({CrmProperties.class, NatsAuth.class})
public class CrmEventsAutoConfiguration {

    @Bean
    JetStreamConnection jetStreamConnection(CrmProperties crm, NatsAuth auth) {
        return new JetStreamConnection(crm.natsUrl(), crm.service() + "-service", auth, crm.natsStreamReplicas());
    }

    @Bean
    HealthIndicator natsHealthIndicator(JetStreamConnection nats) {
        return () -> nats.isConnected() ? Health.up().build() : Health.down().withDetail("nats", "disconnected").build();
    }

    /** The request's trace across the outbox and JetStream; inert when no tracer is configured. */
    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTracing(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager txManager, JetStreamConnection nats,
                            CrmProperties crm, MeterRegistry meters, CrmTenancyAutoConfiguration.RegistrySchema registry,
                            EventTracing tracing) {
        return new OutboxRelay(jdbc, new TransactionTemplate(txManager), nats, crm.service(), meters, tracing);
    }

    @Bean
    DomainEvents domainEvents(JdbcTemplate jdbc, JsonMapper json, CrmProperties crm, OutboxRelay relay, EventTracing tracing) {
        return new DomainEvents(jdbc, json, crm.service(), relay, tracing);
    }

    @Bean
    AuditTrail auditTrail(DomainEvents events, JsonMapper json, CrmProperties crm) {
        return new AuditTrail(events, json, crm.service());
    }

    @Bean
    EventConsumers eventConsumers(JetStreamConnection nats, List<EventHandler<?>> handlers, TenantDirectory tenants,
                                  JdbcTemplate jdbc, PlatformTransactionManager txManager, JsonMapper json,
                                  CrmProperties crm, MeterRegistry meters, EventTracing tracing) {
        return new EventConsumers(nats, handlers, tenants, jdbc, new TransactionTemplate(txManager), json, crm.service(),
                crm.consumerGroup(), meters, tracing);
    }

    @Bean
    JetStreamMetrics jetStreamMetrics(JetStreamConnection nats, EventConsumers consumers, MeterRegistry meters) {
        return new JetStreamMetrics(nats, consumers.durableNames(), meters);
    }
}
