package dev.crm.deal.pipelines;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.TenantCreated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A new organization starts with the default pipeline ({@link DefaultStages}). */
@Configuration(proxyBeanMethods = false)
class DefaultPipelineHandler {

    @Bean
    EventHandler<TenantCreated> defaultPipelineOnTenantCreated(PipelineService pipelines) {
        return EventHandler.of(EventType.TENANT_CREATED, (event, envelope) -> pipelines.createDefaultIfNone());
    }
}
