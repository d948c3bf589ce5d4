package dev.crm.tenant.audit;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.AuditBatchRecorded;
import dev.crm.common.events.contracts.AuditRecorded;
import dev.crm.common.events.contracts.EventType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps every service's audit events in the tenant's audit trail: one change an event, or a bulk change's many. */
@Configuration(proxyBeanMethods = false)
class AuditEventHandlers {

    @Bean
    EventHandler<AuditRecorded> auditRecorded(AuditLog log) {
        return EventHandler.of(EventType.AUDIT_RECORDED, log::append);
    }

    @Bean
    EventHandler<AuditBatchRecorded> auditBatchRecorded(AuditLog log) {
        return EventHandler.of(EventType.AUDIT_BATCH_RECORDED, (batch, envelope) -> log.appendAll(batch.entries(), envelope));
    }
}
