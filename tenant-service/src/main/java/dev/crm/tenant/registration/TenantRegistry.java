package dev.crm.tenant.registration;

import dev.crm.common.tenant.SchemaName;
import dev.crm.common.tenant.TenantStatus;
import dev.crm.common.web.Ids;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes to the global registry ({@code public.tenants}); the tenant-service is its only writer. */
@Repository
public class TenantRegistry {

    private final JdbcTemplate jdbc;

    TenantRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the PROVISIONING row; a taken subdomain fails on its unique index. */
    NewTenant reserve(String subdomain, String name) {
        long number = jdbc.queryForObject("select nextval('public.tenant_schema_seq')", Long.class);
        NewTenant tenant = new NewTenant(Ids.newId(), subdomain, name, SchemaName.forSubdomain(subdomain, number));
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, ?, ?, ?)",
                tenant.id(), tenant.subdomain(), tenant.name(), tenant.schema(), TenantStatus.PROVISIONING.name());
        return tenant;
    }

    /** A spare in the making: PROVISIONING (so the janitor discards it if its process dies) under a name no one can register. */
    NewTenant reserveSpare() {
        long number = jdbc.queryForObject("select nextval('public.tenant_schema_seq')", Long.class);
        UUID id = Ids.newId();
        NewTenant spare = new NewTenant(id, "spare-" + id, "Spare", "spare_" + number);
        jdbc.update("insert into public.tenants (id, subdomain, name, schema_name, status) values (?, ?, ?, ?, ?)",
                spare.id(), spare.subdomain(), spare.name(), spare.schema(), TenantStatus.PROVISIONING.name());
        return spare;
    }

    void markSpare(UUID id) {
        jdbc.update("update public.tenants set status = 'SPARE', updated_at = now() where id = ? and status = 'PROVISIONING'", id);
    }

    int spareCount() {
        Integer count = jdbc.queryForObject("select count(*) from public.tenants where status = 'SPARE' or subdomain like 'spare-%'", Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * Claims the oldest spare for a new organization, in the caller's transaction: the schema is renamed
     * to the organization's (keeping its number) and the row becomes PROVISIONING. DDL is transactional
     * in PostgreSQL, so a taken subdomain rolls the rename back too.
     */
    java.util.Optional<NewTenant> claimSpare(String subdomain, String name) {
        List<NewTenant> spares = jdbc.query("""
                select id, schema_name from public.tenants where status = 'SPARE'
                order by created_at limit 1 for update skip locked""",
                (rs, i) -> new NewTenant(rs.getObject(1, UUID.class), null, null, rs.getString(2)));
        if (spares.isEmpty()) return java.util.Optional.empty();
        NewTenant spare = spares.get(0);
        long number = Long.parseLong(spare.schema().substring(spare.schema().lastIndexOf('_') + 1));
        NewTenant claimed = new NewTenant(spare.id(), subdomain, name, SchemaName.forSubdomain(subdomain, number));
        jdbc.update("""
                update public.tenants set subdomain = ?, name = ?, schema_name = ?, status = 'PROVISIONING', created_at = now(), updated_at = now()
                where id = ?""", claimed.subdomain(), claimed.name(), claimed.schema(), claimed.id());
        jdbc.execute("alter schema \"" + SchemaName.requireValid(spare.schema()) + "\" rename to \"" + claimed.schema() + "\"");
        return java.util.Optional.of(claimed);
    }

    boolean subdomainTaken(String subdomain) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from public.tenants where subdomain = ?)", Boolean.class, subdomain));
    }

    void createSchema(String schema) {
        jdbc.execute("create schema \"" + SchemaName.requireValid(schema) + "\"");
    }

    void activate(UUID id) {
        jdbc.update("update public.tenants set status = 'ACTIVE', updated_at = now() where id = ? and status = 'PROVISIONING'", id);
    }

    /** Compensation: removes the schema and the registry row, so the subdomain is free again. */
    void discard(UUID id, String schema) {
        jdbc.execute("drop schema if exists \"" + SchemaName.requireValid(schema) + "\" cascade");
        jdbc.update("delete from public.tenants where id = ? and status = 'PROVISIONING'", id);
    }

    List<NewTenant> abandonedProvisionings(int olderThanSeconds) {
        return jdbc.query("""
                select id, subdomain, name, schema_name from public.tenants
                where status = 'PROVISIONING' and created_at < now() - make_interval(secs => ?)""",
                (rs, i) -> new NewTenant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)),
                olderThanSeconds);
    }

    public void change(UUID id, String name, int trashRetentionDays, Collection<String> exportRoles) {
        jdbc.update("update public.tenants set name = ?, trash_retention_days = ?, export_roles = ?, updated_at = now() where id = ?",
                name, trashRetentionDays, exportRoles.toArray(String[]::new), id);
    }

    record NewTenant(UUID id, String subdomain, String name, String schema) {}
}
