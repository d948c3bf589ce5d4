package dev.crm.auth.users;

import dev.crm.common.security.CurrentUser;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProfileController {

    private final UserRepository users;
    private final TenantDirectory tenants;

    ProfileController(UserRepository users, TenantDirectory tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    record TenantSummary(UUID id, String subdomain, String name) {}

    record Profile(UUID id, String email, boolean emailConfirmed, String fullName, String role, TenantSummary tenant) {}

    @GetMapping("/api/auth/profile")
    Profile profile() {
        User user = users.findById(CurrentUser.require().id()).filter(User::isActive)
                .orElseThrow(() -> new CrmException(CommonError.UNAUTHENTICATED, "Your session has ended. Please sign in again."));
        TenantRecord tenant = tenants.findById(TenantContext.require().id()).orElseThrow();
        return new Profile(user.getId(), user.getEmail(), user.isEmailConfirmed(), user.getFullName(), user.getRole().name(),
                new TenantSummary(tenant.id(), tenant.subdomain(), tenant.name()));
    }
}
