package dev.crm.tenant.settings;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.tenant.registration.TenantRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Settings -> Organization: the signed-in member's organization; admins may rename it. */
@RestController
@RequestMapping("/api/tenants/current")
class OrganizationController {

    private final TenantDirectory tenants;
    private final TenantRegistry registry;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    OrganizationController(TenantDirectory tenants, TenantRegistry registry, AuditTrail audit, TransactionTemplate tx) {
        this.tenants = tenants;
        this.registry = registry;
        this.audit = audit;
        this.tx = tx;
    }

    record Organization(UUID id, String subdomain, String name, String status, String plan, Instant createdAt) {
        static Organization from(TenantRecord t) {
            return new Organization(t.id(), t.subdomain(), t.name(), t.status().name(), t.plan(), t.createdAt());
        }
    }

    /** JSON merge patch: only the name can change (the subdomain names the schema and is fixed). */
    record OrganizationPatch(@NotBlank @Size(max = 200) String name) {}

    @GetMapping
    Organization current() {
        return Organization.from(load());
    }

    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasRole('ADMIN')")
    Organization rename(@Valid @RequestBody OrganizationPatch patch) {
        UUID id = TenantContext.require().id();
        Organization before = Organization.from(load());
        tx.executeWithoutResult(status -> {
            registry.rename(id, patch.name().trim());
            Organization after = new Organization(before.id(), before.subdomain(), patch.name().trim(), before.status(), before.plan(), before.createdAt());
            audit.record("UPDATED", "organization", id, before, after);
        });
        tenants.evict(id);
        return Organization.from(load());
    }

    private TenantRecord load() {
        return tenants.findById(TenantContext.require().id()).orElseThrow();
    }
}
