package dev.crm.communication.templates;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateRepository extends JpaRepository<Template, UUID> {

    @Query("select t from Template t order by lower(t.name), t.id")
    List<Template> findAllByName();

    @Query("select t.id from Template t where lower(t.name) = lower(:name)")
    Optional<UUID> findIdByName(String name);
}
