package dev.crm.contact.customfields;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldRepository extends JpaRepository<CustomField, UUID> {

    List<CustomField> findByEntityTypeOrderByPositionAscNameAsc(String entityType);

    List<CustomField> findAllByOrderByEntityTypeAscPositionAscNameAsc();

    boolean existsByEntityTypeAndName(String entityType, String name);

    long countByEntityType(String entityType);
}
