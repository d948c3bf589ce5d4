package dev.crm.communication.emails;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.communication.CommunicationError;
import dev.crm.communication.activities.ActivityService;
import dev.crm.communication.attachments.Attachments;
import dev.crm.communication.content.EmailContent;
import dev.crm.communication.quota.SendingQuota;
import dev.crm.communication.settings.CommunicationSettingsService;
import dev.crm.communication.settings.CommunicationSettingsView;
import dev.crm.communication.suppressions.Suppressions;
import dev.crm.communication.templates.KnownRecords;
import dev.crm.communication.templates.KnownRecords.Kind;
import dev.crm.communication.templates.TemplateRenderer;
import dev.crm.communication.templates.TemplateService;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * Emails sent through the platform: filled in ({@link TemplateService}), sanitized, stored with their
 * Message-ID, put on the timeline as an EMAIL activity and queued, all in one transaction; the
 * {@link EmailSender} takes them from there. The organization's settings give the sender's name and the
 * reply-to address (else the sending member's own); addresses on its suppression list get no member email.
 */
@Service
public class EmailService {

    private final EntityManager em;
    private final EmailRepository emails;
    private final EmailQueue queue;
    private final ActivityService activities;
    private final TemplateService templates;
    private final KnownRecords known;
    private final Attachments attachments;
    private final Suppressions suppressions;
    private final EmailEngagement engagement;
    private final CommunicationSettingsService settings;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final MailProperties properties;
    private final SendingQuota quota;

    EmailService(EntityManager em, EmailRepository emails, EmailQueue queue, ActivityService activities, TemplateService templates,
                 KnownRecords known, Attachments attachments, Suppressions suppressions, EmailEngagement engagement, CommunicationSettingsService settings,
                 TenantDirectory tenants, AuditTrail audit, MailProperties properties, SendingQuota quota) {
        this.em = em;
        this.emails = emails;
        this.queue = queue;
        this.activities = activities;
        this.templates = templates;
        this.known = known;
        this.attachments = attachments;
        this.suppressions = suppressions;
        this.engagement = engagement;
        this.settings = settings;
        this.tenants = tenants;
        this.audit = audit;
        this.properties = properties;
        this.quota = quota;
    }

    /** A member's email, from a template or written, or a reply; every problem of the request named at once. */
    @Transactional
    public EmailView send(SendEmailRequest sent) {
        CurrentUser user = CurrentUser.require();
        RecordOwnership.requireMayChange(user, user.id(), null); // a viewer sends nothing
        Email answered = sent.replyToEmailId() == null ? null : emails.findById(sent.replyToEmailId())
                .filter(e -> e.getKind() != EmailKind.SYSTEM).orElseThrow(EmailService::notFound);
        SendEmailRequest request = answered == null ? sent : sent.about(answered.getContactId(), answered.getCompanyId(), answered.getDealId());
        List<FieldProblem> problems = new ArrayList<>();
        if (request.contactId() == null && request.companyId() == null && request.dealId() == null) {
            problems.add(new FieldProblem("contactId", "An email is about a contact, a company or a deal: name at least one."));
        }
        String subject = blank(request.subject()) && answered != null ? replySubject(answered.getSubject()) : blankToNull(request.subject());
        if (request.templateId() == null && subject == null) problems.add(new FieldProblem("subject", "must not be blank"));
        if (request.templateId() == null && blank(request.body())) problems.add(new FieldProblem("body", "must not be blank"));
        String to = !blank(request.to()) ? request.to().strip()
                : answered != null ? (answered.getKind() == EmailKind.INBOUND ? answered.getFromAddress() : answered.getTo().get(0))
                : emailOf(Kind.CONTACT, request.contactId()).orElse(null);
        if (to == null) problems.add(new FieldProblem("to", "Give an address: the contact has none."));
        if (!problems.isEmpty()) throw new CrmException(CommonError.VALIDATION_FAILED, problems.get(0).message(), problems, Map.of());
        List<String> cc = request.cc() == null ? List.of() : request.cc().stream().map(String::strip).toList();
        suppressions.firstOf(Stream.concat(Stream.of(to), cc.stream()).toList()).ifPresent(s -> {
            throw new CrmException(CommunicationError.RECIPIENT_SUPPRESSED, s.address() + " does not receive emails from you ("
                    + s.reason() + " since " + s.createdAt() + ").",
                    List.of(new FieldProblem(s.address().equalsIgnoreCase(to) ? "to" : "cc", "is on the suppression list")), Map.of());
        });
        TemplateRenderer.Rendered rendered = templates.render(request.templateId(), subject, blankToNull(request.body()),
                request.contactId(), request.companyId(), request.dealId(), user.id(), user.email());
        Envelope.Thread thread = answered == null ? null : new Envelope.Thread(answered.getMessageId(),
                answered.getReferences() == null ? answered.getMessageId() : answered.getReferences() + " " + answered.getMessageId(),
                answered.getThreadId());
        OnTimeline queued = queueForTimeline(to, cc, rendered, thread, request.contactId(), request.companyId(), request.dealId(),
                user.id(), user.email());
        Email email = queued.email();
        attachments.attachToEmail(request.attachmentIds(), email.getId());
        EmailView view = EmailView.of(email, queued.activityId(), null);
        audit.record("CREATED", "email", email.getId(), null, view);
        return view;
    }

    /**
     * A won deal's follow-up email from its owner to its contact, from the organization's template; none when
     * the contact has no known address or the organization's sending quota is spent (the follow-up task
     * still reminds the owner).
     */
    @Transactional
    public boolean sendFollowUp(UUID templateId, UUID contactId, UUID companyId, UUID dealId, UUID ownerId) {
        Optional<String> to = emailOf(Kind.CONTACT, contactId);
        if (to.isEmpty() || templateId == null || suppressions.firstOf(List.of(to.get())).isPresent() || !quota.hasRoom()) return false;
        String ownerEmail = emailOf(Kind.MEMBER, ownerId).orElse(null);
        TemplateRenderer.Rendered rendered = templates.render(templateId, null, null, contactId, companyId, dealId, ownerId, ownerEmail);
        queueForTimeline(to.get(), List.of(), rendered, null, contactId, companyId, dealId, ownerId, ownerEmail);
        return true;
    }

    /**
     * The platform's own email to {@code to} (a welcome, an invitation, a password reset): from the
     * organization's sender name, on no timeline; queued like any. A {@code sensitive} one's content is not
     * kept once sent; an {@code accountNotice} (to a member about their own account) does not count toward
     * the organization's sending quota.
     */
    @Transactional
    public UUID sendSystem(String to, String subject, String html, boolean sensitive, boolean accountNotice) {
        CommunicationSettingsView current = settings.current();
        TenantRecord tenant = tenant();
        Envelope envelope = new Envelope(senderName(current, tenant), properties.from(), current.replyTo(), List.of(to), List.of(),
                subject, null, null, null, null);
        Email email = new Email(EmailKind.SYSTEM, envelope, EmailContent.of(html), properties.domain(), false, null);
        if (sensitive) email.markSensitive();
        if (accountNotice) email.markAccountNotice();
        queue(email, tenant);
        return email.getId();
    }

    /** A member's or a received email (the platform's own, such as password resets, are not shown here). */
    @Transactional(readOnly = true)
    public EmailView get(UUID id) {
        Email email = emails.findById(id).filter(e -> e.getKind() != EmailKind.SYSTEM).orElseThrow(EmailService::notFound);
        return EmailView.of(email, activities.idOfEmail(id), engagement.summary(id));
    }

    /** A queued email and the activity that shows it. */
    private record OnTimeline(Email email, UUID activityId) {}

    private OnTimeline queueForTimeline(String to, List<String> cc, TemplateRenderer.Rendered rendered, Envelope.Thread thread, UUID contactId,
                                   UUID companyId, UUID dealId, UUID by, String byEmail) {
        EmailContent content = EmailContent.of(rendered.html());
        if (content.text().isBlank()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "body", "has no text once sanitized");
        if (rendered.subject().isBlank()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "subject", "is blank once filled in");
        CommunicationSettingsView current = settings.current();
        TenantRecord tenant = tenant();
        Envelope envelope = new Envelope(senderName(current, tenant), properties.from(), current.replyTo() != null ? current.replyTo() : byEmail,
                List.of(to), cc, rendered.subject(), thread, contactId, companyId, dealId);
        Email email = new Email(EmailKind.MEMBER, envelope, content, properties.domain(), current.trackingEnabled(), by);
        queue(email, tenant);
        return new OnTimeline(email, activities.logSentEmail(email.getId(), email.getSubject(), email.getText(), contactId, companyId,
                dealId, by).id());
    }

    private void queue(Email email, TenantRecord tenant) {
        if (!email.isAccountNotice()) quota.spendOne();
        em.persist(email);
        queue.add(tenant.id(), email.getId(), email.getCreatedAt());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queue.signal();
            }
        });
    }

    /** The emails of a thread, oldest first (a member's and received ones). */
    @Transactional(readOnly = true)
    public List<EmailView> thread(UUID id) {
        Email email = emails.findById(id).filter(e -> e.getKind() != EmailKind.SYSTEM).orElseThrow(EmailService::notFound);
        return emails.findByThreadIdOrderByCreatedAt(email.getThreadId()).stream().filter(e -> e.getKind() != EmailKind.SYSTEM)
                .map(e -> EmailView.of(e, null, null)).toList();
    }

    private static CrmException notFound() {
        return new CrmException(CommunicationError.EMAIL_NOT_FOUND, "No such email in your organization.");
    }

    private static String replySubject(String subject) {
        return subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
    }

    private Optional<String> emailOf(Kind kind, UUID id) {
        return known.find(kind, id).map(node -> node.path("email")).filter(JsonNode::isString).map(JsonNode::asString)
                .filter(address -> !address.isBlank());
    }

    private TenantRecord tenant() {
        return tenants.findById(TenantContext.require().id()).orElseThrow();
    }

    private static String senderName(CommunicationSettingsView settings, TenantRecord tenant) {
        return settings.senderName() != null ? settings.senderName() : tenant.name();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text;
    }
}
