package dev.crm.deal.pipelines;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageRepository extends JpaRepository<Stage, UUID> {

    List<Stage> findByPipelineIdOrderByPositionAsc(UUID pipelineId);

    List<Stage> findAllByOrderByPositionAsc();
}
