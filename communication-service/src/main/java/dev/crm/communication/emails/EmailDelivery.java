package dev.crm.communication.emails;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EmailStatusChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.time.Timestamps;
import dev.crm.communication.attachments.Attachments;
import dev.crm.communication.emails.EmailQueue.Claim;
import dev.crm.communication.suppressions.Suppression;
import dev.crm.communication.suppressions.Suppressions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one organization's claimed emails over one SMTP connection and records each outcome in one
 * transaction (in the organization's context): sent; or failed, tried again after base × 2ⁿ⁻¹, and
 * given up after the last attempt or at once when the server refuses for good (a 5xx answer) or a
 * recipient went on the suppression list since the email was queued. A member's email goes out with its
 * tracking and unsubscribe link ({@link EmailTracking}); the stored email stays as written.
 */
@Component
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final EmailRepository emails;
    private final EmailQueue queue;
    private final EmailTracking tracking;
    private final Suppressions suppressions;
    private final Attachments attachments;
    private final JavaMailSenderImpl smtp;
    private final DomainEvents events;
    private final TransactionTemplate tx;
    private final MailProperties properties;
    private final Counter sent;
    private final Counter failed;

    EmailDelivery(EmailRepository emails, EmailQueue queue, EmailTracking tracking, Suppressions suppressions, Attachments attachments,
                  JavaMailSenderImpl smtp,
                  DomainEvents events, TransactionTemplate tx, MailProperties properties, MeterRegistry meters) {
        this.emails = emails;
        this.queue = queue;
        this.tracking = tracking;
        this.suppressions = suppressions;
        this.attachments = attachments;
        this.smtp = smtp;
        this.events = events;
        this.tx = tx;
        this.properties = properties;
        this.sent = Counter.builder("crm.mail.sent").description("Emails accepted by the SMTP server").register(meters);
        this.failed = Counter.builder("crm.mail.attempts.failed").description("Failed sending attempts").register(meters);
    }

    void send(List<Claim> claims) {
        Map<UUID, Email> queued = new HashMap<>();
        for (Email email : emails.findAllById(claims.stream().map(Claim::emailId).toList())) {
            if (email.getStatus() == EmailStatus.QUEUED) queued.put(email.getId(), email);
        }
        queue.removeAll(claims.stream().map(Claim::emailId).filter(id -> !queued.containsKey(id)).toList()); // sent or given up already
        List<Claim> attempted = claims.stream().filter(c -> queued.containsKey(c.emailId())).toList();
        if (attempted.isEmpty()) return;
        Map<String, Suppression> suppressed = suppressions.among(queued.values().stream().filter(e -> e.getKind() == EmailKind.MEMBER)
                .flatMap(e -> Stream.concat(e.getTo().stream(), e.getCc().stream())).toList());
        Map<UUID, List<Attachments.File>> files = attachments.ofEmails(queued.keySet());
        Map<MimeMessage, Claim> messages = new LinkedHashMap<>();
        Map<Claim, String> failures = new HashMap<>();
        for (Claim claim : attempted) {
            Email email = queued.get(claim.emailId());
            Optional<Suppression> listed = email.getKind() != EmailKind.MEMBER ? Optional.empty()
                    : Stream.concat(email.getTo().stream(), email.getCc().stream()).map(a -> suppressed.get(Suppressions.normalized(a)))
                            .filter(Objects::nonNull).findFirst();
            if (listed.isPresent()) { // since it was queued
                failures.put(claim, "PERMANENT: " + listed.get().address() + " is on the suppression list ("
                        + listed.get().reason() + " since " + listed.get().createdAt() + ")");
                continue;
            }
            try {
                messages.put(message(email, files.getOrDefault(email.getId(), List.of())), claim);
            } catch (MessagingException | UnsupportedEncodingException e) {
                failures.put(claim, "PERMANENT: the message could not be built: " + e.getMessage());
            }
        }
        failures.putAll(transmit(messages));
        tx.executeWithoutResult(status -> events.batched(() -> {
            Map<UUID, Email> current = new HashMap<>();
            emails.findAllById(attempted.stream().map(Claim::emailId).toList()).forEach(e -> current.put(e.getId(), e));
            List<UUID> done = new ArrayList<>();
            for (Claim claim : attempted) {
                if (record(current.get(claim.emailId()), claim, failures.get(claim))) done.add(claim.emailId());
            }
            queue.removeAll(done);
            return null;
        }));
    }

    /** Sends every message over one connection; the failed ones with their reason ("PERMANENT: ..." when retrying is useless). */
    private Map<Claim, String> transmit(Map<MimeMessage, Claim> messages) {
        Map<Claim, String> failures = new HashMap<>();
        if (messages.isEmpty()) return failures;
        try {
            smtp.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((message, cause) -> failures.put(messages.get(message), reason(cause)));
            if (e.getFailedMessages().isEmpty()) messages.values().forEach(c -> failures.put(c, reason(e)));
        } catch (MailException e) {
            messages.values().forEach(c -> failures.put(c, reason(e)));
        }
        return failures;
    }

    /** Records one outcome; true when the email leaves the queue (sent, or given up). */
    private boolean record(Email email, Claim claim, String failure) {
        if (failure == null) {
            email.sent(claim.attempt());
            sent.increment();
            events.publish(EventType.EMAIL_SENT, changed(email, null));
            return true;
        }
        failed.increment();
        boolean permanent = failure.startsWith("PERMANENT: ");
        String error = permanent ? failure.substring("PERMANENT: ".length()) : failure;
        if (permanent || claim.attempt() >= properties.maxAttempts()) {
            email.attemptFailed(claim.attempt(), error, null);
            events.publish(EventType.EMAIL_FAILED, changed(email, error));
            log.info("Email {} failed for good after {} attempts: {}", email.getId(), claim.attempt(), error);
            return true;
        }
        Instant next = Timestamps.now().plus(properties.retryBase().multipliedBy(1L << Math.min(claim.attempt() - 1, 20)));
        email.attemptFailed(claim.attempt(), error, next);
        queue.retryAt(email.getId(), next);
        return false;
    }

    /** The email as a MIME message: text and HTML alternatives, and its own Message-ID (JavaMail would make a new one). */
    private MimeMessage message(Email email, List<Attachments.File> files) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(smtp.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", email.getMessageId());
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(email.getFromAddress(), email.getFromName());
        if (email.getReplyTo() != null) helper.setReplyTo(email.getReplyTo());
        helper.setTo(email.getTo().toArray(String[]::new));
        if (!email.getCc().isEmpty()) helper.setCc(email.getCc().toArray(String[]::new));
        helper.setSubject(email.getSubject());
        if (email.getKind() == EmailKind.MEMBER) {
            UUID tenantId = TenantContext.require().id();
            helper.setText(tracking.text(tenantId, email), tracking.html(tenantId, email));
            message.setHeader("List-Unsubscribe", "<" + tracking.unsubscribeUrl(tenantId, email) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } else {
            helper.setText(email.getText(), email.getHtml());
        }
        helper.setSentDate(Date.from(email.getCreatedAt()));
        for (Attachments.File file : files) helper.getRootMimeMultipart().addBodyPart(attachment(file));
        if (email.getInReplyTo() != null) {
            message.setHeader("In-Reply-To", email.getInReplyTo());
            message.setHeader("References", email.getReferences());
        }
        return message;
    }

    /**
     * A file as a MIME part, always in base64: in 7bit (what JavaMail picks for ASCII-only bytes) SMTP's line
     * ending rules would change a file's bare line feeds, and its checksum with them.
     */
    private static MimeBodyPart attachment(Attachments.File file) throws MessagingException, UnsupportedEncodingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        part.setFileName(MimeUtility.encodeText(file.fileName(), "UTF-8", null));
        part.setDisposition(Part.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) return "PERMANENT: " + a.getMessage().strip();
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) return "PERMANENT: " + s.getMessage().strip();
        }
        Throwable root = failure;
        while (root.getCause() != null) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return failure == root ? message : failure.getMessage() + " (" + message + ")";
    }

    static EmailStatusChanged changed(Email email, String error) {
        return new EmailStatusChanged(email.getId(), email.getStatus().name(), email.getContactId(), email.getCompanyId(),
                email.getDealId(), email.getSentBy(), email.getTo(), email.getSubject(), email.getMessageId(), error,
                email.getUpdatedAt());
    }
}
