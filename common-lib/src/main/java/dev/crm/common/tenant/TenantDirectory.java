package dev.crm.common.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the global tenant registry. Lookups by id are cached briefly: every request needs one, and a
 * status change (suspension) may take a few seconds to be seen.
 */
public class TenantDirectory {

    private static final String COLUMNS = "id, subdomain, name, schema_name, status, plan, created_at, trash_retention_days, export_roles";

    private final JdbcTemplate jdbc;
    private final Cache<UUID, TenantRecord> byId =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofSeconds(10)).build();

    public TenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TenantRecord> findById(UUID id) {
        TenantRecord cached = byId.getIfPresent(id);
        if (cached != null) return Optional.of(cached);
        Optional<TenantRecord> found = jdbc.query("select " + COLUMNS + " from public.tenants where id = ?", TenantDirectory::map, id)
                .stream().findFirst();
        found.filter(TenantRecord::isActive).ifPresent(t -> byId.put(id, t));
        return found;
    }

    public Optional<TenantRecord> findBySubdomain(String subdomain) {
        return jdbc.query("select " + COLUMNS + " from public.tenants where subdomain = ?", TenantDirectory::map, subdomain)
                .stream().findFirst();
    }

    public Optional<TenantRecord> findActiveBySubdomain(String subdomain) {
        return findBySubdomain(subdomain).filter(TenantRecord::isActive);
    }

    /** Tenants whose schemas every service keeps at its current version: active ones and spares. */
    public List<TenantRecord> findAllMigratable() {
        return jdbc.query("select " + COLUMNS + " from public.tenants where status in ('ACTIVE', 'SPARE') order by created_at",
                TenantDirectory::map);
    }

    public void evict(UUID id) {
        byId.invalidate(id);
    }

    static TenantRecord map(ResultSet rs, int row) throws SQLException {
        return new TenantRecord(
                rs.getObject("id", UUID.class),
                rs.getString("subdomain"),
                rs.getString("name"),
                rs.getString("schema_name"),
                TenantStatus.valueOf(rs.getString("status")),
                rs.getString("plan"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("trash_retention_days"),
                Set.of((String[]) rs.getArray("export_roles").getArray()));
    }
}
