package dev.crm.communication.emails;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/communications/emails/send}: to whom (the contact's address when not given), about which
 * records, and a template or a subject and HTML body (they win over the template's); {{variables}} are filled in either.
 * {@code replyToEmailId} continues that email's thread (and gives the address, subject and records when left out);
 * {@code attachmentIds} are files the sender uploaded for it.
 */
public record SendEmailRequest(
        @Email @Size(max = 320) String to,
        @Size(max = 20) List<@NotBlank @Email @Size(max = 320) String> cc,
        UUID templateId,
        @Size(max = 300) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subject,
        @Size(max = 200_000) String body,
        UUID contactId,
        UUID companyId,
        UUID dealId,
        UUID replyToEmailId,
        @Size(max = 10) List<@NotNull UUID> attachmentIds) {

    /** This request with what a reply takes from the email it answers when not given: the records it is about. */
    SendEmailRequest about(UUID contact, UUID company, UUID deal) {
        boolean none = contactId == null && companyId == null && dealId == null;
        return none ? new SendEmailRequest(to, cc, templateId, subject, body, contact, company, deal, replyToEmailId, attachmentIds) : this;
    }
}
