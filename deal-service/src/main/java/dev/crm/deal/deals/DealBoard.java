package dev.crm.deal.deals;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.deal.pipelines.PipelineResponse;
import dev.crm.deal.pipelines.PipelineService;
import dev.crm.deal.pipelines.Stage;
import dev.crm.deal.pipelines.StageResponse;
import dev.crm.common.time.Timestamps;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pipeline as a board: a column per stage with its deal count, total value per currency, rotting
 * deals and first page (newest first; further pages through {@code /api/deals?stageId=&closedAfter=&cursor=}).
 * The board is for the work in progress: open stages hold every open deal, won and lost stages the
 * deals closed in the last {@code closedWithinDays} (default 30), so its cost follows the open deals,
 * not the years of closed ones. The counts come from {@link BoardTallies}; the first pages are one
 * statement whatever the number of stages.
 */
@Service
class DealBoard {

    static final int DEFAULT_CLOSED_WITHIN_DAYS = 30;

    record Column(StageResponse stage, long count, Map<String, BigDecimal> totals, long rotting, List<DealResponse> items, String nextCursor) {}

    /** {@code closedAfter}: the start of the closed columns' window, for their further pages. */
    record Board(PipelineResponse pipeline, Instant closedAfter, List<Column> columns) {}

    private final PipelineService pipelines;
    private final DealService deals;
    private final BoardTallies tallies;
    private final JdbcTemplate jdbc;

    DealBoard(PipelineService pipelines, DealService deals, BoardTallies tallies, JdbcTemplate jdbc) {
        this.pipelines = pipelines;
        this.deals = deals;
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Board board(UUID pipelineId, UUID ownerId, Integer limit, Integer closedWithinDays) {
        PageRequest page = PageRequest.of(limit == null ? 20 : limit, null);
        int window = closedWithinDays == null ? DEFAULT_CLOSED_WITHIN_DAYS : closedWithinDays;
        if (window < 1 || window > 3650) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "closedWithinDays", "must be between 1 and 3650");
        }
        Instant closedAfter = Timestamps.now().minus(Duration.ofDays(window));
        PipelineResponse pipeline = pipelines.get(pipelineId == null ? pipelines.defaultPipeline().getId() : pipelineId);
        CurrentTenant tenant = TenantContext.require();
        String owner = ownerId == null ? "" : " and d.owner_id = ?";
        Map<UUID, BoardTallies.Tally> counts = tallies.of(tenant, pipeline, ownerId, window, closedAfter);

        List<Object> parameters = new ArrayList<>(List.of(Timestamp.from(closedAfter)));
        if (ownerId != null) parameters.add(ownerId);
        parameters.add(page.fetchSize());
        parameters.add(pipeline.id());
        List<UUID> ids = jdbc.queryForList("select c.id from " + tenant.table("stages") + " s cross join lateral (select d.id from "
                + tenant.table("deals") + " d where d.stage_id = s.id and d.deleted_at is null"
                + " and (s.outcome is null or d.closed_at >= ?)" + owner
                + " order by d.id desc limit ?) c where s.pipeline_id = ?", UUID.class, parameters.toArray());
        Map<UUID, List<Deal>> byStage = deals.inOrder(ids).stream().collect(Collectors.groupingBy(Deal::getStageId));

        Map<UUID, Page<Deal>> pages = new HashMap<>();
        pipeline.stages().forEach(stage -> pages.put(stage.id(), page.page(byStage.getOrDefault(stage.id(), List.of()), Deal::getId)));
        Map<UUID, DealResponse> shown = deals.views(pages.values().stream().flatMap(p -> p.items().stream()).toList()).stream()
                .collect(Collectors.toMap(DealResponse::id, Function.identity()));
        List<Column> columns = new ArrayList<>();
        for (StageResponse stage : pipeline.stages()) {
            BoardTallies.Tally tally = counts.getOrDefault(stage.id(), BoardTallies.Tally.NONE);
            Page<DealResponse> first = pages.get(stage.id()).map(d -> shown.get(d.getId()));
            columns.add(new Column(stage, tally.count(), tally.totals(), tally.rotting(), first.items(), first.nextCursor()));
        }
        return new Board(pipeline, closedAfter, columns);
    }
}
