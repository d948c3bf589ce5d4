package dev.crm.deal.pipelines;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PipelineRepository extends JpaRepository<Pipeline, UUID> {

    List<Pipeline> findAllByOrderByPositionAscIdAsc();

    Optional<Pipeline> findByIsDefaultTrue();

    boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

    @Query("select coalesce(max(p.position), -1) from Pipeline p")
    int maxPosition();
}
