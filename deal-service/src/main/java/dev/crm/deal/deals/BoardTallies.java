package dev.crm.deal.deals;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.deal.pipelines.PipelineResponse;
import dev.crm.deal.pipelines.Stage;
import dev.crm.deal.pipelines.StageResponse;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The board's counts per stage: deals, totals per currency, rotting deals. Counting reads every open
 * deal of the pipeline and the ones closed lately (7 ms at 10,000 open deals, the largest part of a
 * board), so the counts are kept for a few seconds. A deal written through this instance makes its
 * organization's counts be counted anew from the next read on (after the write commits); writes
 * through another instance show within {@value #SECONDS} seconds.
 */
@Component
class BoardTallies {

    static final int SECONDS = 5;

    record Tally(long count, Map<String, BigDecimal> totals, long rotting) {
        static final Tally NONE = new Tally(0, Map.of(), 0);
    }

    /**
     * {@code generation}: how many deal writes of the tenant this instance had seen when counting;
     * {@code stages}: the stages as they were (a changed rotting limit counts anew).
     */
    private record Key(UUID tenant, long generation, List<StageResponse> stages, UUID owner, int closedWithinDays) {}

    private final Cache<Key, Map<UUID, Tally>> counts = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(SECONDS)).build();
    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    BoardTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Tally> of(CurrentTenant tenant, PipelineResponse pipeline, UUID ownerId, int closedWithinDays, Instant closedAfter) {
        Key key = new Key(tenant.id(), generation(tenant.id()).get(), pipeline.stages(), ownerId, closedWithinDays);
        return counts.get(key, k -> count(tenant, pipeline, ownerId, closedAfter));
    }

    /** A deal of the tenant in context is being written: once that commits, its counts are counted anew. */
    void changed() {
        UUID tenant = TenantContext.require().id();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generation(tenant).incrementAndGet();
            }
        });
    }

    private AtomicLong generation(UUID tenant) {
        return generations.computeIfAbsent(tenant, t -> new AtomicLong());
    }

    /**
     * Open deals through the open-deal index, the closed ones of the window through the closing-time
     * index, each branch reading only its index (index-only scans); rotting deals only in stages that
     * have a rotting limit.
     */
    private Map<UUID, Tally> count(CurrentTenant tenant, PipelineResponse pipeline, UUID ownerId, Instant closedAfter) {
        String owner = ownerId == null ? "" : " and d.owner_id = ?";
        List<Object> parameters = new ArrayList<>(List.of(pipeline.id()));
        if (ownerId != null) parameters.add(ownerId);
        parameters.add(pipeline.id());
        parameters.add(Timestamp.from(closedAfter));
        if (ownerId != null) parameters.add(ownerId);
        String deals = tenant.table("deals");
        Map<UUID, Tally> tallies = new HashMap<>();
        jdbc.query("select stage_id, currency, count(*), coalesce(sum(value), 0)"
                + " from (select stage_id, currency, value from " + deals + " d"
                + "       where d.pipeline_id = ? and d.status = 'OPEN' and d.deleted_at is null" + owner
                + "       union all select stage_id, currency, value from " + deals + " d"
                + "       where d.pipeline_id = ? and d.status <> 'OPEN' and d.deleted_at is null and d.closed_at >= ?" + owner + ") d"
                + " group by stage_id, currency", rs -> {
            UUID stage = rs.getObject(1, UUID.class);
            Tally sum = tallies.getOrDefault(stage, new Tally(0, new TreeMap<>(), 0));
            sum.totals().put(rs.getString(2), rs.getBigDecimal(4));
            tallies.put(stage, new Tally(sum.count() + rs.getLong(3), sum.totals(), 0));
        }, parameters.toArray());
        if (pipeline.stages().stream().anyMatch(stage -> stage.rottingDays() != null)) {
            rotting(tenant, pipeline.id(), ownerId, owner).forEach((stage, count) ->
                    tallies.computeIfPresent(stage, (id, t) -> new Tally(t.count(), t.totals(), count)));
        }
        return Map.copyOf(tallies);
    }

    private Map<UUID, Long> rotting(CurrentTenant tenant, UUID pipelineId, UUID ownerId, String owner) {
        List<Object> parameters = new ArrayList<>();
        if (ownerId != null) parameters.add(ownerId);
        parameters.add(pipelineId);
        Map<UUID, Long> rotting = new HashMap<>();
        jdbc.query("select s.id, (select count(*) from " + tenant.table("deals") + " d where d.pipeline_id = s.pipeline_id"
                + " and d.stage_id = s.id and d.deleted_at is null and " + Stage.ROTTING_SQL + owner + ")"
                + " from " + tenant.table("stages") + " s where s.pipeline_id = ? and s.rotting_days is not null",
                rs -> { rotting.put(rs.getObject(1, UUID.class), rs.getLong(2)); }, parameters.toArray());
        return rotting;
    }
}
