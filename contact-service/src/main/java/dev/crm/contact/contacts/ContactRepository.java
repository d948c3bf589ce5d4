package dev.crm.contact.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

    /**
     * The rows with these ids (a list page). A JPQL string, so Hibernate keeps its query plan;
     * the inherited {@code findAllById} builds a criteria query that is translated anew on every call.
     */
    @Query("select c from Contact c where c.id in :ids")
    List<Contact> findByIds(Collection<UUID> ids);

    Optional<Contact> findByIdAndDeletedAtIsNull(UUID id);

    boolean existsByEmailAndDeletedAtIsNullAndIdNot(String email, UUID id);

    /** The trash, newest contacts first. */
    @Query("""
            select c from Contact c
            where c.deletedAt is not null and (cast(:before as uuid) is null or c.id < :before)
            order by c.id desc""")
    List<Contact> findDeleted(UUID before, Limit limit);
}
