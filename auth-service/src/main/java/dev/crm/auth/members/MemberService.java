package dev.crm.auth.members;

import dev.crm.auth.AuthError;
import dev.crm.auth.confirmation.EmailConfirmationService;
import dev.crm.auth.directory.MemberDirectory;
import dev.crm.auth.tokens.RefreshTokens;
import dev.crm.auth.users.User;
import dev.crm.auth.users.UserRepository;
import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.Role;
import dev.crm.common.security.TokenCutoffs;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.common.web.Versions;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the organization: list, change a role, remove. An organization always keeps an admin. */
@Service
class MemberService {

    private static final String ENTITY = "user";

    private final UserRepository users;
    private final RefreshTokens refreshTokens;
    private final TokenCutoffs cutoffs;
    private final AuditTrail audit;
    private final EmailConfirmationService confirmations;
    private final MemberDirectory directory;

    MemberService(UserRepository users, RefreshTokens refreshTokens, TokenCutoffs cutoffs, AuditTrail audit,
                  EmailConfirmationService confirmations, MemberDirectory directory) {
        this.directory = directory;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.cutoffs = cutoffs;
        this.audit = audit;
        this.confirmations = confirmations;
    }

    @Transactional(readOnly = true)
    Page<MemberResponse> list(PageRequest page) {
        Limit limit = Limit.of(page.fetchSize());
        List<User> rows = page.after()
                .map(after -> users.findByStatusAndIdGreaterThanOrderByIdAsc(User.Status.ACTIVE, after, limit))
                .orElseGet(() -> users.findByStatusOrderByIdAsc(User.Status.ACTIVE, limit));
        return page.page(rows, User::getId).map(MemberResponse::from);
    }

    @Transactional
    MemberResponse changeRole(UUID id, Role role, Long expectedVersion) {
        User user = find(id);
        if (user.getId().equals(CurrentUser.require().id())) {
            throw CrmException.onField(AuthError.OWN_ACCOUNT, "role", "You cannot change your own role.");
        }
        Versions.requireCurrent(User.class, user.getId(), expectedVersion, user.getVersion());
        if (user.getRole() == role) return MemberResponse.from(user);
        if (user.getRole() == Role.ADMIN && users.countActiveAdmins() <= 1) {
            throw new CrmException(AuthError.LAST_ADMIN, "The organization needs at least one administrator.");
        }
        MemberResponse before = MemberResponse.from(user);
        user.changeRole(role);
        users.flush();
        cutoffs.cutOff(user.getId(), TenantContext.require().id());
        confirmations.roleChanged(user, TenantContext.require().id());
        MemberResponse after = MemberResponse.from(user);
        audit.record("ROLE_CHANGED", ENTITY, user.getId(), before, after);
        return after;
    }

    @Transactional
    void remove(UUID id) {
        User user = find(id);
        if (user.getId().equals(CurrentUser.require().id())) {
            throw new CrmException(AuthError.OWN_ACCOUNT, "You cannot remove yourself.");
        }
        if (user.getRole() == Role.ADMIN && users.countActiveAdmins() <= 1) {
            throw new CrmException(AuthError.LAST_ADMIN, "The organization needs at least one administrator.");
        }
        MemberResponse before = MemberResponse.from(user);
        user.remove();
        directory.left(user.getEmail(), TenantContext.require().id());
        refreshTokens.revokeAllOf(user.getId());
        cutoffs.cutOff(user.getId(), TenantContext.require().id());
        audit.record("REMOVED", ENTITY, user.getId(), before, null);
    }

    private User find(UUID id) {
        return users.findById(id).filter(User::isActive)
                .orElseThrow(() -> new CrmException(AuthError.MEMBER_NOT_FOUND, "No such member in your organization."));
    }
}
