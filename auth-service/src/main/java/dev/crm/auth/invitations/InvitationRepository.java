package dev.crm.auth.invitations;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(byte[] tokenHash);

    /** The same row, locked until the transaction ends: two acceptances of one invitation cannot both create a member. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(byte[] tokenHash);

    @Query("select i from Invitation i where lower(i.email) = lower(:email) and i.status = dev.crm.auth.invitations.Invitation.Status.PENDING")
    List<Invitation> findPendingByEmail(String email);

    List<Invitation> findAllByOrderByIdDesc(Limit limit);

    List<Invitation> findByIdLessThanOrderByIdDesc(UUID before, Limit limit);
}
