package dev.crm.contact.contacts;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether a contact may point at a company: it must exist in the tenant's schema and not be in the
 * trash. Asked through the Hibernate session, which is the one that works in the tenant's schema.
 */
@Component
class CompanyReferences {

    private final EntityManager entityManager;

    CompanyReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    boolean exists(UUID companyId) {
        return (Boolean) entityManager.createNativeQuery("select exists (select 1 from companies where id = ?1 and deleted_at is null)")
                .setParameter(1, companyId).getSingleResult();
    }
}
