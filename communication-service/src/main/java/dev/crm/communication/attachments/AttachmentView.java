package dev.crm.communication.attachments;

import java.time.Instant;
import java.util.UUID;

/** An attachment as clients see it (its bytes are downloaded apart): name, type found in the bytes, size, SHA-256 in hex. */
public record AttachmentView(UUID id, String fileName, String contentType, int size, String sha256, UUID emailId, UUID activityId,
                             UUID createdBy, Instant createdAt) {}
