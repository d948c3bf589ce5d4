package dev.crm.common.audit;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.AuditRecorded;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.security.CurrentUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records that data changed: who, what, when, before and after. It goes through the outbox in the
 * change's own transaction, so there is no change without its audit entry; the tenant-service keeps
 * the trail that admins read.
 */
public class AuditTrail {

    private final DomainEvents events;
    private final JsonMapper json;
    private final String service;

    public AuditTrail(DomainEvents events, JsonMapper json, String service) {
        this.events = events;
        this.json = json;
        this.service = service;
    }

    /** {@code before} is null for a creation, {@code after} for a removal; both are response records, never entities. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        CurrentUser user = CurrentUser.current().orElse(null);
        events.publish(EventType.AUDIT_RECORDED, new AuditRecorded(service, action, entityType, String.valueOf(entityId),
                user == null ? null : user.id(), user == null ? null : user.email(),
                before == null ? null : json.valueToTree(before), after == null ? null : json.valueToTree(after)));
    }
}
