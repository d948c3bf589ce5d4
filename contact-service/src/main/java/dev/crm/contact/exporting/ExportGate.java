package dev.crm.contact.exporting;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Ids;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking the whole customer book out is a permission: the roles the organization allows (admins and
 * managers unless an admin changes it, {@code PATCH /api/tenants/current}). Every export that starts
 * leaves an audit entry with its filters, before the first row leaves, so an aborted download is on
 * the trail too.
 */
@Component
class ExportGate {

    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ExportGate(TenantDirectory tenants, AuditTrail audit, PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    void open(String entityType, Map<String, List<String>> filters) {
        String role = CurrentUser.require().role().name();
        boolean allowed = tenants.findById(TenantContext.require().id()).map(t -> t.mayExport(role)).orElse(false);
        if (!allowed) {
            throw new CrmException(CommonError.FORBIDDEN, "Your organization lets only some roles export its records. Ask an admin.");
        }
        tx.executeWithoutResult(status -> audit.record("EXPORTED", entityType, Ids.newId(), null, Map.of("filters", filters)));
    }
}
