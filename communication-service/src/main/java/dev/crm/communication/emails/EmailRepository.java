package dev.crm.communication.emails;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailRepository extends JpaRepository<Email, UUID> {}
