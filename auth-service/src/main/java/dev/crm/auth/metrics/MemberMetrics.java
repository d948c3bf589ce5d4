package dev.crm.auth.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.crm.common.tenant.SchemaName;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The members of the platform's active organizations ({@code crm.members.active}): not removed, across
 * every tenant schema. Counted in the background at most every {@link #REFRESH}, a few hundred schemas
 * per query, so that a scrape never waits on it after the first.
 */
@Component
class MemberMetrics implements MeterBinder {

    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final int SCHEMAS_PER_QUERY = 200;

    private final JdbcTemplate jdbc;
    private final LoadingCache<Boolean, Long> activeMembers =
            Caffeine.newBuilder().refreshAfterWrite(REFRESH).build(any -> countActiveMembers());

    MemberMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("crm.members.active", this, metrics -> metrics.activeMembers.get(Boolean.TRUE))
                .description("Members (not removed) of the active organizations").register(meters);
    }

    long countActiveMembers() {
        List<String> schemas = jdbc.queryForList("""
                select t.schema_name from public.tenants t
                join public.tenant_schema_versions v on v.tenant_id = t.id and v.service = 'auth'
                where t.status = 'ACTIVE'""", String.class);
        long members = 0;
        for (int from = 0; from < schemas.size(); from += SCHEMAS_PER_QUERY) {
            String counts = schemas.subList(from, Math.min(from + SCHEMAS_PER_QUERY, schemas.size())).stream()
                    .map(schema -> "select count(*) as n from " + SchemaName.requireValid(schema) + ".users where status = 'ACTIVE'")
                    .collect(Collectors.joining(" union all "));
            Long sum = jdbc.queryForObject("select coalesce(sum(n), 0) from (" + counts + ") counts", Long.class);
            members += sum == null ? 0 : sum;
        }
        return members;
    }
}
