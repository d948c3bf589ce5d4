package dev.crm.communication.attachments;

import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** A file on an email or an activity (or on nothing yet, between its upload and the email it goes with). */
@Entity
@Table(name = "attachments")
class Attachment {

    @Id
    private UUID id;

    @Column(name = "email_id")
    private UUID emailId;

    @Column(name = "activity_id")
    private UUID activityId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(nullable = false, updatable = false)
    private byte[] sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {}

    Attachment(String fileName, String contentType, byte[] content, byte[] sha256, UUID activityId, UUID by) {
        this.id = Ids.newId();
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.activityId = activityId;
        this.createdBy = by;
        this.createdAt = Timestamps.now();
    }

    void attachTo(UUID email) {
        this.emailId = email;
    }

    boolean isLoose() {
        return emailId == null && activityId == null;
    }

    AttachmentView view() {
        return new AttachmentView(id, fileName, contentType, size, HexFormat.of().formatHex(sha256), emailId, activityId, createdBy, createdAt);
    }

    UUID getId() { return id; }
    UUID getCreatedBy() { return createdBy; }
    UUID getEmailId() { return emailId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    int getSize() { return size; }
    byte[] getContent() { return content; }
}
