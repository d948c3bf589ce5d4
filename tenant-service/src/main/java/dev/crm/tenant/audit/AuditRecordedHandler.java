package dev.crm.tenant.audit;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.AuditRecorded;
import dev.crm.common.events.contracts.EventType;
import org.springframework.stereotype.Component;

/** Keeps every service's audit events in the tenant's audit trail. */
@Component
class AuditRecordedHandler implements EventHandler<AuditRecorded> {

    private final AuditLog log;

    AuditRecordedHandler(AuditLog log) {
        this.log = log;
    }

    @Override
    public EventType<AuditRecorded> type() {
        return EventType.AUDIT_RECORDED;
    }

    @Override
    public void handle(AuditRecorded event, EventEnvelope envelope) {
        log.append(event, envelope);
    }
}
