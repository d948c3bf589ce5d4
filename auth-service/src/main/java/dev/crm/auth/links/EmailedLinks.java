package dev.crm.auth.links;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The links of one kind, found by their token's hash. */
@NoRepositoryBean
public interface EmailedLinks<T extends EmailedLink> extends JpaRepository<T, UUID> {

    Optional<T> findByTokenHash(byte[] tokenHash);

    /** The same row, locked until the transaction ends: two requests with one link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from #{#entityName} l where l.tokenHash = :tokenHash")
    Optional<T> lockByTokenHash(byte[] tokenHash);

    List<T> findByUserIdAndUsedAtIsNull(UUID userId);
}
