package dev.crm.tenant.settings;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.tenant.registration.TenantRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

    record Organization(UUID id, String subdomain, String name, String status, String plan, Instant createdAt,
                        int trashRetentionDays) {
        static Organization from(TenantRecord t) {
            return new Organization(t.id(), t.subdomain(), t.name(), t.status().name(), t.plan(), t.createdAt(), t.trashRetentionDays());
        }
    }

    /**
     * JSON merge patch: the name and how many days deleted records stay in the trash; the subdomain
     * names the schema and is fixed.
     */
    record OrganizationPatch(@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
                             @Min(1) @Max(3650) Integer trashRetentionDays) {}

    @GetMapping
    Organization current() {
        return Organization.from(load());
    }

    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasRole('ADMIN')")
    Organization change(@Valid @RequestBody OrganizationPatch patch) {
        UUID id = TenantContext.require().id();
        Organization before = Organization.from(load());
        String name = patch.name() == null ? before.name() : patch.name().trim();
        int retention = patch.trashRetentionDays() == null ? before.trashRetentionDays() : patch.trashRetentionDays();
        tx.executeWithoutResult(status -> {
            registry.change(id, name, retention);
            Organization after = new Organization(before.id(), before.subdomain(), name, before.status(), before.plan(),
                    before.createdAt(), retention);
            audit.record("UPDATED", "organization", id, before, after);
        });
        tenants.evict(id);
        return Organization.from(load());
    }

    private TenantRecord load() {
        return tenants.findById(TenantContext.require().id()).orElseThrow();
    }
}
