package dev.crm.deal.deals;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.deal.pipelines.PipelineResponse;
import dev.crm.deal.pipelines.PipelineService;
import dev.crm.deal.pipelines.Stage;
import dev.crm.deal.pipelines.StageResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pipeline as a board: a column per stage with its deal count, total value per currency, rotting
 * deals and first page (newest first; further pages through {@code /api/deals?stageId=&cursor=}).
 * Two statements whatever the number of stages: the counts, and every column's first page at once.
 */
@Service
class DealBoard {

    record Column(StageResponse stage, long count, Map<String, BigDecimal> totals, long rotting, List<DealResponse> items, String nextCursor) {}

    record Board(PipelineResponse pipeline, List<Column> columns) {}

    private record Tally(long count, Map<String, BigDecimal> totals, long rotting) {}

    private final PipelineService pipelines;
    private final DealService deals;
    private final JdbcTemplate jdbc;

    DealBoard(PipelineService pipelines, DealService deals, JdbcTemplate jdbc) {
        this.pipelines = pipelines;
        this.deals = deals;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Board board(UUID pipelineId, UUID ownerId, Integer limit) {
        PageRequest page = PageRequest.of(limit == null ? 20 : limit, null);
        PipelineResponse pipeline = pipelines.get(pipelineId == null ? pipelines.defaultPipeline().getId() : pipelineId);
        CurrentTenant tenant = TenantContext.require();
        String owner = ownerId == null ? "" : " and d.owner_id = ?";
        Map<UUID, Tally> tallies = tallies(tenant, pipeline.id(), ownerId, owner);

        List<Object> parameters = new ArrayList<>();
        if (ownerId != null) parameters.add(ownerId);
        parameters.add(page.fetchSize());
        parameters.add(pipeline.id());
        List<UUID> ids = jdbc.queryForList("select c.id from " + tenant.table("stages") + " s cross join lateral (select d.id from "
                + tenant.table("deals") + " d where d.stage_id = s.id and d.deleted_at is null" + owner
                + " order by d.id desc limit ?) c where s.pipeline_id = ?", UUID.class, parameters.toArray());
        Map<UUID, List<Deal>> byStage = deals.inOrder(ids).stream().collect(Collectors.groupingBy(Deal::getStageId));

        Map<UUID, Page<Deal>> pages = new HashMap<>();
        pipeline.stages().forEach(stage -> pages.put(stage.id(), page.page(byStage.getOrDefault(stage.id(), List.of()), Deal::getId)));
        Map<UUID, DealResponse> shown = deals.views(pages.values().stream().flatMap(p -> p.items().stream()).toList()).stream()
                .collect(Collectors.toMap(DealResponse::id, Function.identity()));
        List<Column> columns = new ArrayList<>();
        for (StageResponse stage : pipeline.stages()) {
            Tally tally = tallies.getOrDefault(stage.id(), new Tally(0, Map.of(), 0));
            Page<DealResponse> first = pages.get(stage.id()).map(d -> shown.get(d.getId()));
            columns.add(new Column(stage, tally.count(), tally.totals(), tally.rotting(), first.items(), first.nextCursor()));
        }
        return new Board(pipeline, columns);
    }

    private Map<UUID, Tally> tallies(CurrentTenant tenant, UUID pipelineId, UUID ownerId, String owner) {
        List<Object> parameters = new ArrayList<>(List.of(pipelineId));
        if (ownerId != null) parameters.add(ownerId);
        Map<UUID, Tally> tallies = new HashMap<>();
        jdbc.query("select d.stage_id, d.currency, count(*), coalesce(sum(d.value), 0), count(*) filter (where " + Stage.ROTTING_SQL + ")"
                + " from " + tenant.table("deals") + " d join " + tenant.table("stages") + " s on s.id = d.stage_id"
                + " where d.pipeline_id = ? and d.deleted_at is null" + owner + " group by d.stage_id, d.currency", rs -> {
            UUID stage = rs.getObject(1, UUID.class);
            Tally sum = tallies.getOrDefault(stage, new Tally(0, new TreeMap<>(), 0));
            sum.totals().put(rs.getString(2), rs.getBigDecimal(4));
            tallies.put(stage, new Tally(sum.count() + rs.getLong(3), sum.totals(), sum.rotting() + rs.getLong(5)));
        }, parameters.toArray());
        return tallies;
    }
}
