package dev.crm.auth.provisioning;

import dev.crm.auth.confirmation.EmailConfirmationService;
import dev.crm.auth.directory.MemberDirectory;
import dev.crm.auth.login.SessionService;
import dev.crm.auth.tokens.TokenPair;
import dev.crm.auth.users.PasswordHasher;
import dev.crm.auth.users.User;
import dev.crm.auth.users.UserRepository;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserCreated;
import dev.crm.common.security.Role;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.tenant.TenantStatus;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Step of the provisioning saga: the new organization's first admin, signed in at once, and sent a link to confirm their address. */
@RestController
class FirstAdminController {

    private final TenantDirectory tenants;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final DomainEvents events;
    private final EmailConfirmationService confirmations;
    private final TransactionTemplate tx;
    private final MemberDirectory directory;

    FirstAdminController(TenantDirectory tenants, UserRepository users, PasswordHasher passwords, SessionService sessions,
                         DomainEvents events, EmailConfirmationService confirmations, TransactionTemplate tx,
                         MemberDirectory directory) {
        this.directory = directory;
        this.tenants = tenants;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
        this.confirmations = confirmations;
        this.tx = tx;
    }

    record FirstAdmin(@NotBlank String email, @NotBlank String fullName, @NotBlank String password) {}

    record FirstAdminCreated(UUID userId, TokenPair tokens) {}

    @PostMapping("/internal/tenants/{tenantId}/admin")
    FirstAdminCreated create(@PathVariable UUID tenantId, @Valid @RequestBody FirstAdmin request) {
        TenantRecord tenant = tenants.findById(tenantId)
                .filter(t -> t.status() == TenantStatus.PROVISIONING)
                .orElseThrow(() -> new CrmException(CommonError.NOT_FOUND, "No organization is being provisioned with this id."));
        CurrentTenant current = CurrentTenant.of(tenant);
        String hash = passwords.hash(request.password());
        User admin = TenantContext.callAs(current, () -> tx.execute(status -> {
            User user = users.save(new User(request.email(), request.fullName(), hash, Role.ADMIN));
            events.publish(EventType.USER_CREATED,
                    new UserCreated(user.getId(), user.getEmail(), user.getFullName(), user.getRole().name()), tenantId, user.getId());
            confirmations.issueFirstLink(current, user);
            directory.joined(user.getEmail(), tenantId);
            return user;
        }));
        return new FirstAdminCreated(admin.getId(), sessions.issue(current, admin));
    }
}
