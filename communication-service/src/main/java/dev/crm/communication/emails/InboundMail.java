package dev.crm.communication.emails;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.communication.activities.ActivityService;
import dev.crm.communication.attachments.Attachments;
import dev.crm.communication.content.EmailContent;
import dev.crm.communication.suppressions.SuppressionReason;
import dev.crm.communication.suppressions.Suppressions;
import dev.crm.communication.templates.KnownRecords;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Mail that comes in through an organization's inbound address, as a provider's webhook posts it (raw
 * MIME, parsed with Jakarta Mail): a reply is filed into the thread it answers (In-Reply-To, References)
 * and on its records' timelines; other mail on the timeline of the contact whose address wrote it; a
 * delivery-status notification (RFC 3464) marks the email it reports on DELIVERED or BOUNCED, and a
 * permanent bounce puts the address on the suppression list. The same message twice is filed once.
 */
@Service
class InboundMail {

    /** What became of a message: REPLY, CONTACT, UNMATCHED (kept, on no timeline), DUPLICATE; DELIVERED, BOUNCED, DELAYED, UNKNOWN_REPORT. */
    record Outcome(String outcome, UUID emailId) {}

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern ORIGINAL_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]+>)");
    /** As much as a member may send (SendEmailRequest): sanitizing and the plain text take time linear in it. */
    private static final int MAX_BODY = 200_000;
    private static final Session PARSING = Session.getInstance(new Properties());

    private final EmailRepository emails;
    private final ActivityService activities;
    private final KnownRecords known;
    private final Suppressions suppressions;
    private final Attachments attachments;
    private final DomainEvents events;

    InboundMail(EmailRepository emails, ActivityService activities, KnownRecords known, Suppressions suppressions, Attachments attachments,
                DomainEvents events) {
        this.emails = emails;
        this.activities = activities;
        this.known = known;
        this.suppressions = suppressions;
        this.attachments = attachments;
        this.events = events;
    }

    @Transactional
    public Outcome receive(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            ContentType type = new ContentType(message.getContentType());
            if (type.match("multipart/report") && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
                return report(message, new String(raw, StandardCharsets.UTF_8));
            }
            return mail(message);
        } catch (MessagingException | IOException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "message", "is not a MIME message: " + e.getMessage());
        }
    }

    private Outcome mail(MimeMessage message) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        if (messageId != null) {
            Optional<Email> copy = emails.findByMessageIdIn(List.of(messageId)).stream().findFirst();
            if (copy.isPresent()) return new Outcome("DUPLICATE", copy.get().getId());
        }
        List<String> referenced = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String value = message.getHeader(header, " ");
            if (value != null) MESSAGE_ID.matcher(value).results().map(MatchResult::group).forEach(referenced::add);
        }
        Optional<Email> answered = referenced.isEmpty() ? Optional.empty() : emails.findByMessageIdIn(referenced).stream()
                .filter(e -> e.getKind() != EmailKind.SYSTEM).max(Comparator.comparing(Email::getCreatedAt));
        InternetAddress from = (InternetAddress) first(message.getFrom()).orElseThrow(
                () -> CrmException.onField(CommonError.VALIDATION_FAILED, "message", "has no From address"));
        Optional<JsonNode> contact = answered.isPresent() ? Optional.empty() : known.contactByEmail(from.getAddress());
        UUID contactId = answered.map(Email::getContactId).orElse(contact.map(c -> uuid(c, "contactId")).orElse(null));
        UUID companyId = answered.map(Email::getCompanyId).orElse(contact.map(c -> uuid(c, "companyId")).orElse(null));
        UUID dealId = answered.map(Email::getDealId).orElse(null);
        String references = message.getHeader("References", " ");
        Envelope.Thread thread = answered.map(a -> new Envelope.Thread(a.getMessageId(), references, a.getThreadId())).orElse(null);
        String subject = message.getSubject() == null || message.getSubject().isBlank() ? "(no subject)" : message.getSubject().strip();
        List<String> to = Arrays.stream(Optional.ofNullable(message.getAllRecipients()).orElse(new Address[0]))
                .map(a -> ((InternetAddress) a).getAddress()).toList();
        Envelope envelope = new Envelope(from.getPersonal(), from.getAddress(), null, to.isEmpty() ? List.of("unknown@inbound") : to,
                List.of(), subject.length() > 300 ? subject.substring(0, 300) : subject, thread, contactId, companyId, dealId);
        String html = html(message);
        if (html.length() > MAX_BODY) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "message", "has a body over 200,000 characters.");
        }
        Email email = Email.received(envelope, EmailContent.of(html), messageId);
        emails.save(email);
        keepAttachments(message, email.getId());
        if (contactId == null && companyId == null && dealId == null) return new Outcome("UNMATCHED", email.getId());
        activities.logSentEmail(email.getId(), email.getSubject(), email.getText(), contactId, companyId, dealId,
                answered.map(Email::getSentBy).orElse(null));
        return new Outcome(answered.isPresent() ? "REPLY" : "CONTACT", email.getId());
    }

    /**
     * Only what the report says about a recipient of the email it names counts: anyone who learns a
     * Message-ID could otherwise post a report that suppresses any address.
     */
    private Outcome report(MimeMessage report, String raw) throws MessagingException, IOException {
        List<DeliveryStatus> statuses = DeliveryStatus.parse(deliveryStatus(report).orElse(""));
        String reportId = report.getMessageID();
        List<String> candidates = ORIGINAL_ID.matcher(raw).results().map(m -> m.group(1)).filter(id -> !id.equals(reportId)).toList();
        Optional<Email> original = candidates.isEmpty() ? Optional.empty()
                : emails.findByMessageIdIn(candidates).stream().filter(e -> e.getKind() == EmailKind.MEMBER).findFirst();
        if (original.isEmpty()) return new Outcome("UNKNOWN_REPORT", null);
        Email email = original.get();
        Set<String> recipients = new HashSet<>();
        Stream.concat(email.getTo().stream(), email.getCc().stream()).forEach(a -> recipients.add(a.toLowerCase(Locale.ROOT)));
        List<DeliveryStatus> ours = statuses.stream().filter(s -> recipients.contains(s.finalRecipient().toLowerCase(Locale.ROOT))).toList();
        Optional<DeliveryStatus> failed = ours.stream().filter(DeliveryStatus::failed).findFirst();
        if (failed.isPresent()) {
            email.reported(false, failed.get().reason().isEmpty() ? "bounced" : failed.get().reason());
            ours.stream().filter(DeliveryStatus::permanent)
                    .forEach(s -> suppressions.add(s.finalRecipient(), SuppressionReason.BOUNCED, email.getId(), null));
            events.publish(EventType.EMAIL_BOUNCED, EmailDelivery.changed(email, email.getBounceReason()));
            return new Outcome("BOUNCED", email.getId());
        }
        if (ours.stream().anyMatch(DeliveryStatus::delivered) && email.getStatus() == EmailStatus.SENT) {
            email.reported(true, null);
            events.publish(EventType.EMAIL_DELIVERED, EmailDelivery.changed(email, null));
            return new Outcome("DELIVERED", email.getId());
        }
        return new Outcome(ours.stream().anyMatch(DeliveryStatus::delayed) ? "DELAYED" : "UNKNOWN_REPORT", email.getId());
    }

    /** The text of the report's message/delivery-status part (read up to one character over the limit). */
    private static Optional<String> deliveryStatus(Part part) throws MessagingException, IOException {
        if (part.isMimeType("message/delivery-status")) {
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new String(in.readNBytes(DeliveryStatus.MAX_LENGTH + 1), StandardCharsets.UTF_8));
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = deliveryStatus(multipart.getBodyPart(i));
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    /** The message's HTML, or its plain text as HTML. */
    private static String html(Part message) throws MessagingException, IOException {
        String html = part(message, "text/html");
        if (html != null) return html;
        String text = part(message, "text/plain");
        return "<p>" + HtmlUtils.htmlEscape(text == null ? "" : text.strip()).replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) return (String) part.getContent();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) return found;
            }
        }
        return null;
    }

    private void keepAttachments(Part part, UUID emailId) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) keepAttachments(multipart.getBodyPart(i), emailId);
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                attachments.keepReceived(emailId, part.getFileName(), in.readAllBytes());
            }
        }
    }

    private static Optional<Address> first(Address[] addresses) {
        return addresses == null || addresses.length == 0 ? Optional.empty() : Optional.of(addresses[0]);
    }

    private static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asString()) : null;
    }
}
