package dev.crm.communication.attachments;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByEmailIdOrderByCreatedAt(UUID emailId);

    List<Attachment> findByActivityIdOrderByCreatedAt(UUID activityId);

    List<Attachment> findByEmailIdInOrderByCreatedAt(Collection<UUID> emailIds);
}
