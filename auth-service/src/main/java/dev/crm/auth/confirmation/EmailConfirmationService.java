package dev.crm.auth.confirmation;

import dev.crm.auth.AuthError;
import dev.crm.auth.mail.PlatformMail;
import dev.crm.auth.throttling.LinkThrottle;
import dev.crm.auth.tokens.Secrets;
import dev.crm.auth.users.User;
import dev.crm.auth.users.UserRepository;
import dev.crm.common.audit.AuditTrail;
import dev.crm.common.concurrent.BoundedWork;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserEmailConfirmed;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.Role;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Members prove their address is theirs with a single-use link emailed to it (a random 256-bit token,
 * stored only as its SHA-256). A new member gets one when they join; asking again replaces it, at most
 * once a minute. The other services hear of every member with a confirmed address: once an admin's is
 * confirmed, the organization may send as many emails as it likes (issue 14, finding 8).
 */
@Service
public class EmailConfirmationService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmailConfirmationService.class);
    private static final Duration ONE_LINK_PER = Duration.ofMinutes(1);

    private final UserRepository users;
    private final EmailConfirmationRepository links;
    private final LinkThrottle throttle;
    private final TenantDirectory tenants;
    private final PlatformMail mail;
    private final DomainEvents events;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Duration ttl;
    private final String publicUrl;
    /** A joining member's first link is sent after the answer; a flood is dropped, not queued (they can ask again). */
    private final BoundedWork background = new BoundedWork("email-confirmation-mail", 2, 1_000);

    EmailConfirmationService(UserRepository users, EmailConfirmationRepository links, LinkThrottle throttle, TenantDirectory tenants,
                             PlatformMail mail, DomainEvents events, AuditTrail audit, TransactionTemplate tx,
                             @Value("${crm.email-confirmations.ttl}") Duration ttl, @Value("${crm.public-url}") String publicUrl) {
        this.users = users;
        this.links = links;
        this.throttle = throttle;
        this.tenants = tenants;
        this.mail = mail;
        this.events = events;
        this.audit = audit;
        this.tx = tx;
        this.ttl = ttl;
        this.publicUrl = publicUrl;
    }

    /**
     * A member who just joined gets their first link, made in the caller's transaction and emailed once it
     * commits, in the background: joining does not wait for an email. When it cannot go, the member asks
     * for another after a minute.
     */
    public void issueFirstLink(CurrentTenant tenant, User member) {
        Issued issued = issue(member);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.submit(() -> {
                    if (!mail(tenant, issued)) log.warn("The address confirmation link of a new member could not be sent");
                });
            }
        });
    }

    /** A new link for the signed-in member; the words to show them. */
    String resend() {
        UUID me = CurrentUser.require().id();
        CurrentTenant tenant = TenantContext.require();
        Issued issued = tx.execute(status -> {
            User user = users.findById(me).filter(User::isActive)
                    .orElseThrow(() -> new CrmException(CommonError.UNAUTHENTICATED, "Your session has ended. Please sign in again."));
            if (user.isEmailConfirmed()) {
                throw new CrmException(AuthError.EMAIL_ALREADY_CONFIRMED, "Your address " + user.getEmail() + " is already confirmed.");
            }
            Instant now = Instant.now();
            links.findByUserIdAndUsedAtIsNull(me).stream().map(EmailConfirmation::getCreatedAt)
                    .filter(sent -> sent.isAfter(now.minus(ONE_LINK_PER))).max(Instant::compareTo).ifPresent(sent -> {
                        throw CrmException.retryLater(AuthError.TOO_MANY_ATTEMPTS,
                                "A link went to " + user.getEmail() + " less than a minute ago: look for it, or ask again in a minute.",
                                Math.max(1, Duration.between(now, sent.plus(ONE_LINK_PER)).toSeconds()));
                    });
            return issue(user);
        });
        if (!delivered(tenant, issued)) {
            throw new CrmException(AuthError.BUSY, "The email could not be sent just now: try again in a minute.");
        }
        return "A new link is on its way to " + issued.email() + ". It works for " + ttl.toDays() + " days.";
    }

    /** Confirms the address of the link's member. The link is checked before anything else happens. */
    void confirm(String subdomain, String token, String clientIp) {
        throttle.spend(token, clientIp);
        TenantRecord tenant = tenants.findActiveBySubdomain(subdomain.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(EmailConfirmationService::invalid);
        TenantContext.runAs(CurrentTenant.of(tenant), () -> tx.executeWithoutResult(status -> {
            Instant now = Instant.now();
            EmailConfirmation link = links.lockByTokenHash(Secrets.sha256(token)).filter(l -> l.isOpen(now))
                    .orElseThrow(EmailConfirmationService::invalid);
            User user = users.findById(link.getUserId()).filter(User::isActive).orElseThrow(EmailConfirmationService::invalid);
            link.use(now);
            markConfirmed(user, tenant.id());
        }));
        throttle.succeeded(clientIp);
    }

    /**
     * Marks the member's address confirmed (they used a link only emailed to it: a confirmation or a password
     * reset) and tells the other services, in the caller's transaction. Nothing when it already was.
     */
    public void markConfirmed(User user, UUID tenantId) {
        if (!user.confirmEmail(Instant.now())) return;
        announce(user, tenantId);
        audit.record("EMAIL_CONFIRMED", "user", user.getId(), null, Map.of("email", user.getEmail()));
    }

    /** A member was given a role: an admin whose address is confirmed lifts the organization's sending quota. */
    public void roleChanged(User user, UUID tenantId) {
        if (user.getRole() == Role.ADMIN && user.isEmailConfirmed()) announce(user, tenantId);
    }

    private void announce(User user, UUID tenantId) {
        events.publish(EventType.USER_EMAIL_CONFIRMED, new UserEmailConfirmed(user.getId(), user.getEmail(), user.getRole().name()),
                tenantId, user.getId());
    }

    private record Issued(UUID linkId, UUID userId, String token, String email, String fullName) {}

    /** A new open link for the member. */
    private Issued issue(User user) {
        Instant now = Instant.now();
        String token = Secrets.random();
        EmailConfirmation link = links.save(new EmailConfirmation(user.getId(), Secrets.sha256(token), now, now.plus(ttl)));
        return new Issued(link.getId(), user.getId(), token, user.getEmail(), user.getFullName());
    }

    /**
     * Emails the link. Once it is on its way the links before it stop working; when it could not be sent it
     * is dropped and they still work (and the member need not wait a minute to ask again).
     */
    private boolean delivered(CurrentTenant tenant, Issued issued) {
        boolean sent = mail(tenant, issued);
        tx.executeWithoutResult(status -> {
            if (!sent) {
                links.deleteById(issued.linkId());
                return;
            }
            Instant now = Instant.now();
            links.findByUserIdAndUsedAtIsNull(issued.userId()).stream().filter(l -> !l.getId().equals(issued.linkId())).forEach(l -> l.use(now));
        });
        return sent;
    }

    private boolean mail(CurrentTenant tenant, Issued issued) {
        String organization = tenants.findById(tenant.id()).map(TenantRecord::name).orElse(tenant.subdomain());
        String link = publicUrl + "/confirm-email?tenant=" + URLEncoder.encode(tenant.subdomain(), StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8);
        return mail.sendAccountNotice(tenant.id(), issued.email(), "Confirm your email address for " + organization, """
                <p>Hi %s,</p>
                <p>please confirm that %s is your address in %s: <a href="%s">Confirm my address</a>.</p>
                <p>The link works for %d days. If you did not join %s, ignore this email.</p>""".formatted(
                HtmlUtils.htmlEscape(issued.fullName()), HtmlUtils.htmlEscape(issued.email()), HtmlUtils.htmlEscape(organization),
                HtmlUtils.htmlEscape(link), ttl.toDays(), HtmlUtils.htmlEscape(organization)));
    }

    private static CrmException invalid() {
        return new CrmException(AuthError.CONFIRMATION_LINK_INVALID, "This confirmation link is not valid any more: ask for a new one.");
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
