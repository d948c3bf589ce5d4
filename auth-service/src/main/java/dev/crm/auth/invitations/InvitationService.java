package dev.crm.auth.invitations;

import dev.crm.auth.AuthError;
import dev.crm.auth.directory.MemberDirectory;
import dev.crm.auth.mail.PlatformMail;
import dev.crm.auth.confirmation.EmailConfirmationService;
import dev.crm.auth.login.SessionService;
import dev.crm.auth.throttling.LinkThrottle;
import dev.crm.auth.tokens.Secrets;
import dev.crm.auth.tokens.TokenPair;
import dev.crm.auth.users.PasswordHasher;
import dev.crm.auth.users.User;
import dev.crm.auth.users.UserRepository;
import dev.crm.common.audit.AuditTrail;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserCreated;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.Role;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Admins invite an email with a role; the invitation email (through the communication-service) carries
 * the accept link, which the admin also gets to pass on; the invited person opens it, sets a name and a
 * password, and becomes a member.
 */
@Service
class InvitationService {

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final TenantDirectory tenants;
    private final DomainEvents events;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final PlatformMail mail;
    private final LinkThrottle links;
    private final EmailConfirmationService confirmations;
    private final MemberDirectory directory;
    private final Duration ttl;
    private final String publicUrl;

    InvitationService(InvitationRepository invitations, UserRepository users, PasswordHasher passwords, SessionService sessions,
                      TenantDirectory tenants, DomainEvents events, AuditTrail audit, TransactionTemplate tx, PlatformMail mail, LinkThrottle links,
                      EmailConfirmationService confirmations, MemberDirectory directory,
                      @Value("${crm.invitations.ttl}") Duration ttl, @Value("${crm.public-url}") String publicUrl) {
        this.invitations = invitations;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tenants = tenants;
        this.events = events;
        this.audit = audit;
        this.tx = tx;
        this.mail = mail;
        this.links = links;
        this.confirmations = confirmations;
        this.directory = directory;
        this.ttl = ttl;
        this.publicUrl = publicUrl;
    }

    InvitationResponse invite(String email, Role role) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        CurrentTenant tenant = TenantContext.require();
        String token = Secrets.random();
        InvitationResponse created = tx.execute(status -> {
            if (users.findActiveByEmail(normalized).isPresent()) {
                throw CrmException.onField(AuthError.ALREADY_MEMBER, "email", "This person is already a member.");
            }
            if (!invitations.findPendingByEmail(normalized).stream().filter(i -> i.isOpen(Instant.now())).toList().isEmpty()) {
                throw CrmException.onField(AuthError.INVITATION_PENDING, "email", "This email already has an open invitation.");
            }
            // An expired invitation still holds the unique "pending" slot of its email: close it first.
            invitations.findPendingByEmail(normalized).forEach(Invitation::revoke);
            invitations.flush();
            Invitation invitation = invitations.save(new Invitation(normalized, role, Secrets.sha256(token),
                    CurrentUser.require().id(), Instant.now().plus(ttl)));
            InvitationResponse response = InvitationResponse.from(invitation, Instant.now(), acceptUrl(tenant.subdomain(), token));
            audit.record("INVITED", "invitation", invitation.getId(), null, response.withoutLink());
            return response;
        });
        String organization = tenants.findById(tenant.id()).map(TenantRecord::name).orElse(tenant.subdomain());
        boolean sent = mail.send(tenant.id(), created.email(), "You are invited to " + organization, """
                <p>Hello,</p>
                <p>you are invited to join %s as %s. Accept the invitation and choose your password here:
                <a href="%s">Join %s</a>.</p>
                <p>The link works once and lapses on %s.</p>""".formatted(HtmlUtils.htmlEscape(organization),
                role.name().toLowerCase(Locale.ROOT).replace('_', ' '), HtmlUtils.htmlEscape(created.acceptUrl()),
                HtmlUtils.htmlEscape(organization), created.expiresAt()), true);
        return created.withEmailSent(sent);
    }

    Page<InvitationResponse> list(PageRequest page) {
        Limit limit = Limit.of(page.fetchSize());
        return tx.execute(status -> {
            List<Invitation> rows = page.after()
                    .map(before -> invitations.findByIdLessThanOrderByIdDesc(before, limit))
                    .orElseGet(() -> invitations.findAllByOrderByIdDesc(limit));
            Instant now = Instant.now();
            return page.page(rows, Invitation::getId)
                    .map(i -> InvitationResponse.from(i, now, null));
        });
    }

    void revoke(UUID id) {
        tx.executeWithoutResult(status -> {
            Invitation invitation = invitations.findById(id)
                    .orElseThrow(() -> new CrmException(AuthError.INVITATION_NOT_FOUND, "No such invitation in your organization."));
            if (!invitation.isOpen(Instant.now())) return;
            InvitationResponse before = InvitationResponse.from(invitation, Instant.now(), null);
            invitation.revoke();
            audit.record("REVOKED", "invitation", id, before, InvitationResponse.from(invitation, Instant.now(), null));
        });
    }

    record Preview(String email, String role, String organizationName, Instant expiresAt) {}

    Preview preview(String subdomain, String token) {
        TenantRecord tenant = activeTenant(subdomain);
        return TenantContext.callAs(CurrentTenant.of(tenant), () -> tx.execute(status -> {
            Invitation invitation = openInvitation(token);
            return new Preview(invitation.getEmail(), invitation.getRole().name(), tenant.name(), invitation.getExpiresAt());
        }));
    }

    /** Accepting creates the member and signs them in. The token is looked up before the password is hashed. */
    TokenPair accept(String subdomain, String token, String fullName, String password, String clientIp) {
        links.spend(token, clientIp);
        TenantRecord tenant = activeTenant(subdomain);
        CurrentTenant current = CurrentTenant.of(tenant);
        byte[] tokenHash = Secrets.sha256(token);
        TenantContext.runAs(current, () -> tx.executeWithoutResult(status -> open(invitations.findByTokenHash(tokenHash))));
        String hash = passwords.hash(password);
        User user = TenantContext.callAs(current, () -> tx.execute(status -> {
            Invitation invitation = open(invitations.lockByTokenHash(tokenHash));
            if (users.findActiveByEmail(invitation.getEmail()).isPresent()) {
                throw new CrmException(AuthError.ALREADY_MEMBER, "This email is already a member; sign in instead.");
            }
            invitation.accept(Instant.now());
            User created = users.save(new User(invitation.getEmail(), fullName, hash, invitation.getRole()));
            events.publish(EventType.USER_CREATED,
                    new UserCreated(created.getId(), created.getEmail(), created.getFullName(), created.getRole().name()),
                    tenant.id(), created.getId());
            confirmations.issueFirstLink(current, created); // the admin may have passed the accept link on: accepting proves no address
            directory.joined(created.getEmail(), tenant.id());
            return created;
        }));
        links.succeeded(clientIp);
        return sessions.issue(current, user);
    }

    private Invitation openInvitation(String token) {
        return open(invitations.findByTokenHash(Secrets.sha256(token)));
    }

    private static Invitation open(Optional<Invitation> invitation) {
        return invitation.filter(i -> i.isOpen(Instant.now()))
                .orElseThrow(() -> new CrmException(AuthError.INVITATION_NOT_FOUND,
                        "This invitation is not valid any more. Ask your administrator for a new one."));
    }

    private TenantRecord activeTenant(String subdomain) {
        return tenants.findActiveBySubdomain(subdomain.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new CrmException(AuthError.INVITATION_NOT_FOUND,
                        "This invitation is not valid any more. Ask your administrator for a new one."));
    }

    private String acceptUrl(String subdomain, String token) {
        return publicUrl + "/accept-invitation?tenant=" + URLEncoder.encode(subdomain, StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

}
