package dev.crm.contact.companies;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, UUID> {

    /**
     * The rows with these ids (a list page, a company's ancestors). A JPQL string, so Hibernate keeps its query plan;
     * the inherited {@code findAllById} builds a criteria query that is translated anew on every call.
     */
    @Query("select c from Company c where c.id in :ids")
    List<Company> findByIds(Collection<UUID> ids);

    Optional<Company> findByIdAndDeletedAtIsNull(UUID id);

    boolean existsByDomainAndDeletedAtIsNullAndIdNot(String domain, UUID id);

    boolean existsByParentIdAndDeletedAtIsNull(UUID parentId);

    /** The live company with this canonical domain, else the oldest live one with this name ignoring case. */
    @Query(nativeQuery = true, value = """
            select id from companies
            where deleted_at is null and (domain = cast(:domain as text) or (cast(:domain as text) is null and lower(name) = lower(:name)))
            order by id limit 1""")
    Optional<UUID> findLiveIdByDomainOrName(String domain, String name);

    /** The trash, newest companies first. */
    @Query("""
            select c from Company c
            where c.deletedAt is not null and (cast(:before as uuid) is null or c.id < :before)
            order by c.id desc""")
    List<Company> findDeleted(UUID before, Limit limit);

    /** The chain above a company, its parent first, up to the root; live companies only. */
    @Query(nativeQuery = true, value = """
            with recursive up (id, parent_id, depth) as (
                select c.id, c.parent_id, 1 from companies c where c.id = :id
                union all
                select p.id, p.parent_id, up.depth + 1 from companies p join up on p.id = up.parent_id
                where up.depth < 100 and p.deleted_at is null
            )
            select id from up where id <> :id order by depth""")
    List<UUID> ancestorIds(UUID id);

    /** A company and every live company below it, at most {@code limit} (the company itself first). */
    @Query(nativeQuery = true, value = """
            with recursive down (id, depth) as (
                select c.id, 0 from companies c where c.id = :id
                union all
                select k.id, down.depth + 1 from companies k join down on k.parent_id = down.id
                where down.depth < 100 and k.deleted_at is null
            )
            select id from down order by depth, id limit :limit""")
    List<UUID> groupIds(UUID id, int limit);

    /** Levels below a company: 0 for a company without live sub-companies. */
    @Query(nativeQuery = true, value = """
            with recursive down (id, depth) as (
                select c.id, 0 from companies c where c.id = :id
                union all
                select k.id, down.depth + 1 from companies k join down on k.parent_id = down.id
                where down.depth < 100 and k.deleted_at is null
            )
            select max(depth) from down""")
    int levelsBelow(UUID id);
}
