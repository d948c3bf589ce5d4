package dev.crm.communication.attachments;

import dev.crm.common.security.CurrentUser;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.communication.CommunicationError;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Attachments: checked when uploaded (size per file, content type from the bytes), stored with their
 * SHA-256, and attached to an email when it is sent (the email's total checked) or to an activity. They
 * are read only within their organization (its schema holds them).
 */
@Service
public class Attachments {

    /** An attachment's bytes with what a download or a MIME part needs. */
    public record File(String fileName, String contentType, byte[] content) {}

    private final AttachmentRepository attachments;
    private final DataSize maxFile;
    private final DataSize maxEmail;

    Attachments(AttachmentRepository attachments, @Value("${crm.attachments.max-file}") DataSize maxFile,
                @Value("${crm.attachments.max-email}") DataSize maxEmail) {
        this.attachments = attachments;
        this.maxFile = maxFile;
        this.maxEmail = maxEmail;
    }

    @Transactional
    public AttachmentView upload(String fileName, byte[] content, UUID activityId) {
        String name = fileName == null ? "" : cleanName(fileName);
        if (name.isEmpty() || name.length() > 255) throw CrmException.onField(CommonError.VALIDATION_FAILED, "file", "needs a name of 1 to 255 characters");
        if (content.length == 0) throw CrmException.onField(CommonError.VALIDATION_FAILED, "file", "is empty");
        if (content.length > maxFile.toBytes()) {
            throw new CrmException(CommunicationError.ATTACHMENT_TOO_LARGE, "A file may be at most " + maxFile.toMegabytes() + " MB.",
                    List.of(new FieldProblem("file", "is larger than " + maxFile.toMegabytes() + " MB")), Map.of());
        }
        String type = AttachmentTypes.detect(content, name).orElseThrow(() -> new CrmException(CommunicationError.ATTACHMENT_TYPE_REFUSED,
                "Files of this kind cannot be attached (its content is not a document, image, spreadsheet, text or archive, or does not match its name).",
                List.of(new FieldProblem("file", "is of a type that cannot be attached")), Map.of()));
        Attachment attachment = new Attachment(name, type, content, sha256(content), activityId, CurrentUser.require().id());
        attachments.save(attachment);
        return attachment.view();
    }

    /**
     * A file that came with a received email, kept when it passes the same checks as an upload; false (and
     * not kept) when it does not: received mail is not refused for an attachment it carries.
     */
    @Transactional
    public boolean keepReceived(UUID emailId, String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : cleanName(fileName);
        if (content.length == 0 || content.length > maxFile.toBytes() || name.length() > 255) return false;
        return AttachmentTypes.detect(content, name).map(type -> {
            Attachment attachment = new Attachment(name, type, content, sha256(content), null, null);
            attachment.attachTo(emailId);
            attachments.save(attachment);
            return true;
        }).orElse(false);
    }

    /** Attaches the uploaded {@code ids} (the sender's, on nothing yet) to an email; a 400 naming what does not fit. */
    @Transactional
    public List<File> attachToEmail(List<UUID> ids, UUID emailId) {
        if (ids == null || ids.isEmpty()) return List.of();
        UUID by = CurrentUser.require().id();
        List<Attachment> found = attachments.findAllById(ids);
        if (found.size() != ids.stream().distinct().count() || found.stream().anyMatch(a -> !a.isLoose() || !by.equals(a.getCreatedBy()))) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "attachmentIds", "names a file that is not one you uploaded for this email");
        }
        long total = found.stream().mapToLong(Attachment::getSize).sum();
        if (total > maxEmail.toBytes()) {
            throw new CrmException(CommunicationError.ATTACHMENT_TOO_LARGE, "An email's files may be at most " + maxEmail.toMegabytes() + " MB together.",
                    List.of(new FieldProblem("attachmentIds", "are larger than " + maxEmail.toMegabytes() + " MB together")), Map.of());
        }
        found.forEach(a -> a.attachTo(emailId));
        return found.stream().map(a -> new File(a.getFileName(), a.getContentType(), a.getContent())).toList();
    }

    /** The files of each of {@code emailIds} that has any (one query for a batch of emails being sent). */
    @Transactional(readOnly = true)
    public Map<UUID, List<File>> ofEmails(Collection<UUID> emailIds) {
        if (emailIds.isEmpty()) return Map.of();
        return attachments.findByEmailIdInOrderByCreatedAt(emailIds).stream().collect(Collectors.groupingBy(Attachment::getEmailId,
                Collectors.mapping(a -> new File(a.getFileName(), a.getContentType(), a.getContent()), Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> listOf(UUID emailId, UUID activityId) {
        if ((emailId == null) == (activityId == null)) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "emailId", "name exactly one of emailId and activityId");
        }
        List<Attachment> found = emailId != null ? attachments.findByEmailIdOrderByCreatedAt(emailId)
                : attachments.findByActivityIdOrderByCreatedAt(activityId);
        return found.stream().map(Attachment::view).toList();
    }

    @Transactional(readOnly = true)
    public File download(UUID id) {
        Attachment a = attachments.findById(id).orElseThrow(() -> new CrmException(CommunicationError.ATTACHMENT_NOT_FOUND,
                "No such file in your organization."));
        return new File(a.getFileName(), a.getContentType(), a.getContent());
    }

    /** A file name safe in a Content-Disposition header and a file system: no path, quotes or control characters. */
    private static String cleanName(String fileName) {
        return fileName.replaceAll("[\\\\/\"\\p{Cntrl}]", "_").strip();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
