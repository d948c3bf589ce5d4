package dev.crm.deal.deals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StageChangeRepository extends JpaRepository<StageChange, UUID> {

    List<StageChange> findByDealIdOrderByChangedAtDescIdDesc(UUID dealId);

    /** Closes the deal's current stage entry: it left the stage at {@code at}. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = "update deal_stage_history set left_at = :at where deal_id = :dealId and left_at is null")
    int leave(UUID dealId, Instant at);
}
