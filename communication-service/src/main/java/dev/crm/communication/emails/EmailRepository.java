package dev.crm.communication.emails;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailRepository extends JpaRepository<Email, UUID> {

    List<Email> findByThreadIdOrderByCreatedAt(UUID threadId);

    List<Email> findByMessageIdIn(Collection<String> messageIds);
}
