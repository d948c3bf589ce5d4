package dev.crm.tenant.settings;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.Role;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.OneLine;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.tenant.registration.TenantRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
                        int trashRetentionDays, List<String> exportRoles) {
        static Organization from(TenantRecord t) {
            return new Organization(t.id(), t.subdomain(), t.name(), t.status().name(), t.plan(), t.createdAt(), t.trashRetentionDays(),
                    inRoleOrder(t.exportRoles()));
        }
    }

    private static List<String> inRoleOrder(Collection<String> roles) {
        return Arrays.stream(Role.values()).map(Role::name).filter(roles::contains).toList();
    }

    /**
     * JSON merge patch: the name, how many days deleted records stay in the trash, and which roles may
     * export the whole customer book (admins always may); the subdomain names the schema and is fixed.
     */
    record OrganizationPatch(@Size(max = 100)
                             @Pattern.List({@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank"),
                                            @Pattern(regexp = OneLine.PATTERN, message = OneLine.MESSAGE)}) String name,
                             @Min(1) @Max(3650) Integer trashRetentionDays,
                             @Size(max = 4) Set<@NotNull Role> exportRoles) {}

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
        List<String> exportRoles = patch.exportRoles() == null ? before.exportRoles()
                : inRoleOrder(patch.exportRoles().stream().map(Role::name).toList());
        if (!exportRoles.contains(Role.ADMIN.name())) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "exportRoles", "must include ADMIN: admins can always export");
        }
        tx.executeWithoutResult(status -> {
            registry.change(id, name, retention, exportRoles);
            Organization after = new Organization(before.id(), before.subdomain(), name, before.status(), before.plan(),
                    before.createdAt(), retention, exportRoles);
            audit.record("UPDATED", "organization", id, before, after);
        });
        tenants.evict(id);
        return Organization.from(load());
    }

    private TenantRecord load() {
        return tenants.findById(TenantContext.require().id()).orElseThrow();
    }
}
