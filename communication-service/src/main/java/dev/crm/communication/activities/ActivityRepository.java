package dev.crm.communication.activities;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    boolean existsBySourceEventIdAndType(UUID sourceEventId, ActivityType type);

    @Query("select a.id from Activity a where a.emailId = :emailId")
    Optional<UUID> findIdByEmailId(UUID emailId);
}
