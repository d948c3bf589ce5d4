package dev.crm.auth.login;

import dev.crm.auth.AuthError;
import dev.crm.auth.tokens.AccessTokens;
import dev.crm.auth.tokens.RefreshTokens;
import dev.crm.auth.tokens.TokenPair;
import dev.crm.auth.users.PasswordHasher;
import dev.crm.auth.users.User;
import dev.crm.auth.users.UserRepository;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CrmException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in, refresh and sign-out. Sign-in names its organization by subdomain; a failure never says
 * whether the organization or the account exists.
 */
@Service
public class SessionService {

    private final TenantDirectory tenants;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final TransactionTemplate tx;

    SessionService(TenantDirectory tenants, UserRepository users, PasswordHasher passwords, AccessTokens accessTokens,
                   RefreshTokens refreshTokens, LoginThrottle throttle, TransactionTemplate tx) {
        this.tenants = tenants;
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.tx = tx;
    }

    public TokenPair login(String subdomain, String email, String password, String clientIp) {
        String accountKey = subdomain.toLowerCase(Locale.ROOT) + "/" + email.trim().toLowerCase(Locale.ROOT);
        throttle.spend(accountKey, clientIp);
        Optional<TenantRecord> tenant = tenants.findActiveBySubdomain(subdomain.toLowerCase(Locale.ROOT));
        Optional<User> user = tenant.flatMap(t -> TenantContext.callAs(CurrentTenant.of(t), () -> users.findActiveByEmail(email.trim())));
        if (!passwords.matches(password, user.map(User::getPasswordHash).orElse(null))) {
            throw new CrmException(AuthError.INVALID_CREDENTIALS, "The organization, email or password is not right.");
        }
        throttle.succeeded(accountKey, clientIp);
        return issue(CurrentTenant.of(tenant.get()), user.get());
    }

    /** Issues a new pair for a member; the refresh token starts a new family. */
    public TokenPair issue(CurrentTenant tenant, User user) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> pair(user, tenant, refreshTokens.issue(tenant.id(), user.getId()))));
    }

    public TokenPair refresh(String rawRefreshToken) {
        CurrentTenant tenant = tenantOf(rawRefreshToken);
        return TenantContext.callAs(tenant, () -> {
            RefreshTokens.Session session = refreshTokens.rotate(tenant.id(), rawRefreshToken);
            User user = users.findById(session.userId()).filter(User::isActive).orElseThrow(SessionService::sessionEnded);
            return pair(user, tenant, session);
        });
    }

    private TokenPair pair(User user, CurrentTenant tenant, RefreshTokens.Session session) {
        return TokenPair.bearer(accessTokens.issue(user, tenant, session.sessionId()), session.refreshToken(), accessTokens.ttlSeconds());
    }

    public void logout(String rawRefreshToken) {
        RefreshTokens.tenantOf(rawRefreshToken)
                .flatMap(tenants::findById)
                .ifPresent(t -> TenantContext.runAs(CurrentTenant.of(t), () -> refreshTokens.revoke(t.id(), rawRefreshToken)));
    }

    private CurrentTenant tenantOf(String rawRefreshToken) {
        UUID tenantId = RefreshTokens.tenantOf(rawRefreshToken).orElseThrow(SessionService::sessionEnded);
        return tenants.findById(tenantId).filter(TenantRecord::isActive).map(CurrentTenant::of).orElseThrow(SessionService::sessionEnded);
    }

    private static CrmException sessionEnded() {
        return new CrmException(AuthError.INVALID_REFRESH_TOKEN, "Your session has ended. Please sign in again.");
    }
}
