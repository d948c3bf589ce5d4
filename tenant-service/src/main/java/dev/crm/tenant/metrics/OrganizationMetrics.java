package dev.crm.tenant.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.crm.common.tenant.TenantStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organizations on the platform by status ({@code crm.organizations{status}}), spare schemas apart
 * ({@code status="SPARE"}). One query of the registry serves every status' gauge for {@link #FRESH}.
 */
@Component
class OrganizationMetrics implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final LoadingCache<Boolean, Map<TenantStatus, Long>> counts =
            Caffeine.newBuilder().expireAfterWrite(FRESH).build(any -> countByStatus());

    OrganizationMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        for (TenantStatus status : TenantStatus.values()) {
            Gauge.builder("crm.organizations", this, metrics -> metrics.count(status)).tag("status", status.name())
                    .description("Organizations on the platform (SPARE: schemas provisioned ahead for registrations)").register(meters);
        }
    }

    double count(TenantStatus status) {
        return counts.get(Boolean.TRUE).getOrDefault(status, 0L);
    }

    private Map<TenantStatus, Long> countByStatus() {
        Map<TenantStatus, Long> counted = new EnumMap<>(TenantStatus.class);
        jdbc.query("select status, count(*) from public.tenants group by status",
                rs -> { counted.put(TenantStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counted;
    }
}
