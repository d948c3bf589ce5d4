package dev.crm.deal.deals;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, UUID> {

    List<StageChange> findByDealIdOrderByChangedAtDescIdDesc(UUID dealId);
}
