package dev.crm.common.tenant.internal;

import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.tenant.flyway.TenantMigrationGate;
import dev.crm.common.tenant.flyway.TenantMigrator;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step of the provisioning saga every service answers: migrate this service's tables into a new
 * tenant's schema. The schema name comes from the registry, never from the caller.
 */
@RestController
public class TenantSchemaController {

    private final TenantDirectory tenants;
    private final TenantMigrator migrator;
    private final TenantMigrationGate gate;

    public TenantSchemaController(TenantDirectory tenants, TenantMigrator migrator, TenantMigrationGate gate) {
        this.tenants = tenants;
        this.migrator = migrator;
        this.gate = gate;
    }

    @PostMapping("/internal/tenants/{tenantId}/schema")
    public SchemaVersion migrate(@PathVariable UUID tenantId) {
        TenantRecord tenant = tenants.findById(tenantId)
                .orElseThrow(() -> new CrmException(CommonError.NOT_FOUND, "No such organization."));
        migrator.migrate(tenant.id(), tenant.schemaName());
        gate.done(tenant.id()); // a tenant the start-up migration could not finish answers again
        return new SchemaVersion(migrator.service(), String.valueOf(migrator.latest()));
    }

    public record SchemaVersion(String service, String version) {}
}
