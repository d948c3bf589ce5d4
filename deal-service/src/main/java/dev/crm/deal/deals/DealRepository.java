package dev.crm.deal.deals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DealRepository extends JpaRepository<Deal, UUID> {

    @Query("select d from Deal d where d.id in :ids and d.deletedAt is null")
    List<Deal> findLiveByIds(Collection<UUID> ids);

    /** Every deal of a stage, the trash included: what moves when the stage is removed. */
    List<Deal> findByStageId(UUID stageId);

    long countByStageId(UUID stageId);

    long countByPipelineId(UUID pipelineId);
}
