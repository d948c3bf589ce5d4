package dev.crm.auth.passwords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

    Optional<PasswordReset> findByTokenHash(byte[] tokenHash);

    List<PasswordReset> findByUserIdAndUsedAtIsNull(UUID userId);
}
