package dev.crm.communication.activities;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    boolean existsBySourceEventIdAndType(UUID sourceEventId, ActivityType type);
}
