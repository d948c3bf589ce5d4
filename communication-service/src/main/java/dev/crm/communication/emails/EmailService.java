package dev.crm.communication.emails;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.communication.CommunicationError;
import dev.crm.communication.activities.ActivityService;
import dev.crm.communication.settings.CommunicationSettingsService;
import dev.crm.communication.settings.CommunicationSettingsView;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails members send: checked, sanitized, stored with their Message-ID, put on the timeline as an EMAIL
 * activity and queued, all in one transaction; the {@link EmailSender} takes them from there. The
 * organization's settings give the sender's name and the reply-to address (else the member's own).
 */
@Service
public class EmailService {

    private final EntityManager em;
    private final EmailRepository emails;
    private final EmailQueue queue;
    private final ActivityService activities;
    private final CommunicationSettingsService settings;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final MailProperties properties;

    EmailService(EntityManager em, EmailRepository emails, EmailQueue queue, ActivityService activities,
                 CommunicationSettingsService settings, TenantDirectory tenants, AuditTrail audit, MailProperties properties) {
        this.em = em;
        this.emails = emails;
        this.queue = queue;
        this.activities = activities;
        this.settings = settings;
        this.tenants = tenants;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    public EmailView send(SendEmailRequest request) {
        CurrentUser user = CurrentUser.require();
        RecordOwnership.requireMayChange(user, user.id(), null); // a viewer sends nothing
        if (request.contactId() == null && request.companyId() == null && request.dealId() == null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "contactId",
                    "An email is about a contact, a company or a deal: name at least one.");
        }
        CommunicationSettingsView current = settings.current();
        TenantRecord tenant = tenants.findById(TenantContext.require().id()).orElseThrow();
        Envelope envelope = new Envelope(current.senderName() != null ? current.senderName() : tenant.name(), properties.from(),
                current.replyTo() != null ? current.replyTo() : user.email(), List.of(request.to().strip()),
                request.cc() == null ? List.of() : request.cc().stream().map(String::strip).toList(), request.subject().strip(), null,
                request.contactId(), request.companyId(), request.dealId());
        Email email = new Email(EmailKind.MEMBER, envelope, EmailContent.of(request.body()), properties.domain(),
                current.trackingEnabled(), user.id());
        if (email.getText().isBlank()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "body", "has no text once sanitized");
        em.persist(email);
        UUID activityId = activities.logSentEmail(email.getId(), email.getSubject(), email.getText(), email.getContactId(),
                email.getCompanyId(), email.getDealId()).id();
        queue.add(tenant.id(), email.getId(), email.getCreatedAt());
        EmailView view = EmailView.of(email, activityId);
        audit.record("CREATED", "email", email.getId(), null, view);
        signalAfterCommit();
        return view;
    }

    /**
     * The platform's own email to {@code to} (a welcome, an invitation): from the organization's sender
     * name, on no timeline; queued like any.
     */
    @Transactional
    public void sendSystem(String to, String subject, String html) {
        TenantRecord tenant = tenants.findById(TenantContext.require().id()).orElseThrow();
        CommunicationSettingsView current = settings.current();
        Envelope envelope = new Envelope(current.senderName() != null ? current.senderName() : tenant.name(), properties.from(),
                current.replyTo(), List.of(to), List.of(), subject, null, null, null, null);
        Email email = new Email(EmailKind.SYSTEM, envelope, EmailContent.of(html), properties.domain(), false, null);
        em.persist(email);
        queue.add(tenant.id(), email.getId(), email.getCreatedAt());
        signalAfterCommit();
    }

    private void signalAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queue.signal();
            }
        });
    }

    /** A member's email (the platform's own, such as password resets, are not shown here). */
    @Transactional(readOnly = true)
    public EmailView get(UUID id) {
        Email email = emails.findById(id).filter(e -> e.getKind() == EmailKind.MEMBER).orElseThrow(
                () -> new CrmException(CommunicationError.EMAIL_NOT_FOUND, "No such email in your organization."));
        return EmailView.of(email, activities.idOfEmail(id));
    }
}
