package dev.crm.auth.passwords;

import dev.crm.auth.AuthError;
import dev.crm.auth.confirmation.EmailConfirmationService;
import dev.crm.auth.mail.PlatformMail;
import dev.crm.auth.throttling.LinkThrottle;
import dev.crm.auth.tokens.RefreshTokens;
import dev.crm.auth.tokens.Secrets;
import dev.crm.auth.users.PasswordHasher;
import dev.crm.auth.users.User;
import dev.crm.auth.users.UserRepository;
import dev.crm.common.audit.AuditTrail;
import dev.crm.common.concurrent.BoundedWork;
import dev.crm.common.security.TokenCutoffs;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CrmException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Forgotten passwords: a single-use link (a random 256-bit token, stored only as its SHA-256, lapsing
 * after 30 minutes) emailed to a member; setting a new password with it ends every session of the
 * member. Asking answers the same, in the same time, whether or not the address is a member's: the
 * lookup and the email happen after the answer, on a thread of their own. One link a minute per member.
 */
@Service
class PasswordResetService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);
    private static final Duration ONE_LINK_PER = Duration.ofMinutes(1);

    private final UserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordHasher passwords;
    private final RefreshTokens refreshTokens;
    private final TokenCutoffs cutoffs;
    private final LinkThrottle links;
    private final TenantDirectory tenants;
    private final PlatformMail mail;
    private final EmailConfirmationService confirmations;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Duration ttl;
    private final String publicUrl;
    /** The link is sent after the answer (same answer and time for members and strangers); a flood is dropped, not queued. */
    private final BoundedWork background = new BoundedWork("password-reset-mail", 2, 1_000);

    PasswordResetService(UserRepository users, PasswordResetRepository resets, PasswordHasher passwords, RefreshTokens refreshTokens,
                         TokenCutoffs cutoffs, LinkThrottle links, TenantDirectory tenants, PlatformMail mail,
                         EmailConfirmationService confirmations, AuditTrail audit, TransactionTemplate tx,
                         @Value("${crm.password-resets.ttl}") Duration ttl, @Value("${crm.public-url}") String publicUrl) {
        this.users = users;
        this.resets = resets;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.cutoffs = cutoffs;
        this.links = links;
        this.tenants = tenants;
        this.mail = mail;
        this.confirmations = confirmations;
        this.audit = audit;
        this.tx = tx;
        this.ttl = ttl;
        this.publicUrl = publicUrl;
    }

    void forgot(String subdomain, String email) {
        background.submit(() -> {
            try {
                sendLinkIfMember(subdomain.strip().toLowerCase(Locale.ROOT), email.strip().toLowerCase(Locale.ROOT));
            } catch (RuntimeException e) {
                log.warn("A password reset link could not be sent: {}", e.getMessage());
            }
        });
    }

    private void sendLinkIfMember(String subdomain, String email) {
        Optional<TenantRecord> tenant = tenants.findActiveBySubdomain(subdomain);
        if (tenant.isEmpty()) return;
        CurrentTenant current = CurrentTenant.of(tenant.get());
        String token = Secrets.random();
        Optional<User> member = TenantContext.callAs(current, () -> tx.execute(status -> {
            Optional<User> user = users.findActiveByEmail(email);
            if (user.isEmpty()) return Optional.<User>empty();
            Instant now = Instant.now();
            var open = resets.findByUserIdAndUsedAtIsNull(user.get().getId());
            if (open.stream().anyMatch(r -> r.getCreatedAt().isAfter(now.minus(ONE_LINK_PER)))) return Optional.<User>empty();
            open.forEach(r -> r.use(now)); // a new link replaces the ones before it
            resets.save(new PasswordReset(user.get().getId(), Secrets.sha256(token), now, now.plus(ttl)));
            return user;
        }));
        member.ifPresent(user -> {
            String link = publicUrl + "/reset-password?tenant=" + URLEncoder.encode(subdomain, StandardCharsets.UTF_8)
                    + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            mail.sendAccountNotice(tenant.get().id(), user.getEmail(), "Reset your password for " + tenant.get().name(), """
                    <p>Hi %s,</p>
                    <p>someone asked to reset the password of your account in %s. If it was you, choose a new one here
                    within %d minutes: <a href="%s">Reset my password</a>.</p>
                    <p>If it was not you, ignore this email: your password stays as it is.</p>""".formatted(
                    HtmlUtils.htmlEscape(user.getFullName()), HtmlUtils.htmlEscape(tenant.get().name()), ttl.toMinutes(),
                    HtmlUtils.htmlEscape(link)));
        });
    }

    /**
     * Sets the new password with an open link's token and ends every session of the member. The token is
     * looked up before the password is hashed: a wrong one costs no hashing.
     */
    void reset(String subdomain, String token, String newPassword, String clientIp) {
        links.spend(token, clientIp);
        TenantRecord tenant = tenants.findActiveBySubdomain(subdomain.strip().toLowerCase(Locale.ROOT)).orElseThrow(PasswordResetService::invalid);
        CurrentTenant current = CurrentTenant.of(tenant);
        byte[] tokenHash = Secrets.sha256(token);
        TenantContext.runAs(current, () -> tx.executeWithoutResult(status -> openResetsMember(resets.findByTokenHash(tokenHash))));
        String hash = passwords.hash(newPassword);
        TenantContext.runAs(current, () -> tx.executeWithoutResult(status -> {
            PasswordReset reset = resets.lockByTokenHash(tokenHash).orElseThrow(PasswordResetService::invalid);
            User user = openResetsMember(Optional.of(reset));
            reset.use(Instant.now());
            user.changePassword(hash);
            refreshTokens.revokeAllOf(user.getId());
            cutoffs.cutOff(user.getId(), tenant.id());
            confirmations.markConfirmed(user, tenant.id()); // the link was only ever in an email to the address
            audit.record("PASSWORD_RESET", "user", user.getId(), null, Map.of("email", user.getEmail(), "sessionsEnded", true));
        }));
        links.succeeded(clientIp);
    }

    private User openResetsMember(Optional<PasswordReset> reset) {
        Instant now = Instant.now();
        return reset.filter(r -> r.isOpen(now))
                .flatMap(r -> users.findById(r.getUserId()))
                .filter(User::isActive)
                .orElseThrow(PasswordResetService::invalid);
    }

    private static CrmException invalid() {
        return new CrmException(AuthError.RESET_LINK_INVALID, "This reset link is not valid any more: ask for a new one.");
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
