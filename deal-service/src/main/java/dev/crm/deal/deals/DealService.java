package dev.crm.deal.deals;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.cache.NoRecordCache;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.DealChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.persistence.RecordHistory;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.common.web.Versions;
import dev.crm.deal.DealError;
import dev.crm.deal.customfields.DealCustomFields;
import dev.crm.deal.pipelines.PipelineService;
import dev.crm.deal.pipelines.Stage;
import dev.crm.deal.pipelines.StageRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Deals: create, read, change, move between stages, trash and restore, under the roles' rules. Every
 * stage change, whatever route it takes, passes {@link StageRules} and lands in the stage history.
 */
@Service
public class DealService {

    private static final String ENTITY = "deal";

    private final DealRepository deals;
    private final StageRepository stages;
    private final PipelineService pipelines;
    private final StageMoves moves;
    private final DealViews views;
    private final StageChangeRepository stageHistory;
    private final RecordHistory<Deal, DealResponse, DealChanged> history;
    private final MergePatcher patcher;
    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final DealCustomFields customFields;
    private final BoardTallies tallies;

    DealService(DealRepository deals, StageRepository stages, PipelineService pipelines, StageMoves moves, DealViews views,
                StageChangeRepository stageHistory, DomainEvents events, AuditTrail audit, MergePatcher patcher, JdbcTemplate jdbc,
                DealCustomFields customFields, BoardTallies tallies) {
        this.deals = deals;
        this.stages = stages;
        this.pipelines = pipelines;
        this.moves = moves;
        this.views = views;
        this.stageHistory = stageHistory;
        this.history = new RecordHistory<>(ENTITY, EventType.DEAL_EVENTS, views::of, DealService::changed, events, audit,
                new NoRecordCache()); // deals are read in pages and boards, not one by one: nothing to cache
        this.patcher = patcher;
        this.jdbc = jdbc;
        this.events = events;
        this.customFields = customFields;
        this.tallies = tallies;
    }

    @Transactional
    public DealResponse create(DealData request) {
        CurrentUser user = CurrentUser.require();
        DealData data = checked(request.normalized());
        String customFieldsJson = customFields.checkedJson(data.customFields(), true);
        UUID owner = RecordOwnership.ownerOfNewRecord(user, data.ownerId());
        UUID pipelineId = data.pipelineId() == null ? pipelines.defaultPipeline().getId() : data.pipelineId();
        List<Stage> pipelineStages = stagesOf(pipelineId);
        Stage target = targetOf(pipelineStages, null, null, data);
        StageRules.requireMove(null, target, data, pipelineStages);
        Deal deal = new Deal(user.id());
        deal.update(data, owner, customFieldsJson, user.id());
        moves.enterNew(deal, target);
        deals.flush();
        DealResponse created = history.created(deal);
        tallies.changed();
        moves.announce(deal, null, target, null);
        return created;
    }

    @Transactional(readOnly = true)
    public DealResponse get(UUID id) {
        return views.of(live(id));
    }

    /** Newest first; each filter given narrows the list. */
    @Transactional(readOnly = true)
    public Page<DealResponse> list(DealFilter filter, PageRequest page) {
        List<Object> parameters = DealFilter.parameters();
        String where = filter.where(parameters);
        if (page.after().isPresent()) {
            where += " and d.id < ?";
            parameters.add(page.after().get());
        }
        parameters.add(page.fetchSize());
        List<UUID> ids = jdbc.queryForList("select d.id from " + TenantContext.require().table("deals") + " d where " + where
                + " order by d.id desc limit ?", UUID.class, parameters.toArray());
        return page.page(inOrder(ids), Deal::getId).map(views::of);
    }

    /** The live deals with these ids, in the order of {@code ids}. */
    List<Deal> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        Map<UUID, Deal> byId = deals.findLiveByIds(ids).stream().collect(Collectors.toMap(Deal::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(d -> d != null).toList();
    }

    List<DealResponse> views(List<Deal> page) {
        return views.of(page);
    }

    @Transactional(readOnly = true)
    public Page<StageChangeResponse> history(UUID id) {
        live(id);
        return new Page<>(stageHistory.findByDealIdOrderByChangedAtDescIdDesc(id).stream().map(StageChangeResponse::of).toList(), null);
    }

    /** PUT: the request is the whole new deal; its {@code version} must be the current one. */
    @Transactional
    public DealResponse replace(UUID id, DealData request) {
        Versions.requireSent(request.version());
        Deal deal = live(id);
        List<Stage> pipelineStages = stagesOf(deal.getPipelineId()); // first: the view below finds the deal's stage among them
        return change(deal, request, views.of(deal), pipelineStages);
    }

    /** PATCH: an RFC 7386 merge patch over the deal as clients see it. */
    @Transactional
    public DealResponse patch(UUID id, JsonNode patch) {
        Deal deal = live(id);
        List<Stage> pipelineStages = stagesOf(deal.getPipelineId()); // first: the view below finds the deal's stage among them
        DealResponse current = views.of(deal);
        return change(deal, patcher.apply(DealData.of(current), patch, DealData.class), current, pipelineStages);
    }

    /** Moves every deal named to one stage, or none of them: every refusal is reported at once. */
    @Transactional
    public List<DealResponse> bulkMove(BulkMove request) {
        CurrentUser user = CurrentUser.require();
        List<Deal> found = inOrder(request.dealIds().stream().distinct().toList());
        if (found.size() != request.dealIds().stream().distinct().count()) {
            throw new CrmException(DealError.DEAL_NOT_FOUND, "Some of these deals are not in your organization (or are in the trash).");
        }
        Stage target = stages.findById(request.stageId())
                .orElseThrow(() -> CrmException.onField(DealError.STAGE_NOT_IN_PIPELINE, "stageId", "No such stage in your organization."));
        // the deals as they are, and the target pipeline's stages: read once for the whole call
        List<DealResponse> current = views.of(found);
        List<Stage> pipelineStages = stagesOf(target.getPipelineId());
        List<DealData> moves = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Deal deal = found.get(i);
            RecordOwnership.requireMayChange(user, deal.getOwnerId(), null);
            DealData move = DealData.of(current.get(i)).withLostReason(request.lostReason()).movedTo(target.getId());
            moves.add(move);
            problems.addAll(refusalsOfMove(deal, move, target, pipelineStages));
        }
        if (!problems.isEmpty()) {
            boolean transition = problems.stream().anyMatch(p -> p.field().endsWith(".stageId"));
            throw transition ? new CrmException(DealError.TRANSITION_NOT_ALLOWED, problems.get(0).message(), problems, Map.of())
                    : StageRules.requirementsMissing(target.getName(), problems);
        }
        List<DealResponse> moved = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) moved.add(change(found.get(i), moves.get(i), current.get(i), pipelineStages));
        return moved;
    }

    @Transactional
    public void delete(UUID id) {
        CurrentUser user = CurrentUser.require();
        Deal deal = live(id);
        RecordOwnership.requireMayChange(user, deal.getOwnerId(), null);
        DealResponse before = views.of(deal);
        deal.moveToTrash(user.id());
        deals.flush();
        history.deleted(deal, before);
        tallies.changed();
    }

    @Transactional
    public DealResponse restore(UUID id) {
        CurrentUser user = CurrentUser.require();
        Deal deal = deals.findById(id).orElseThrow(DealService::notFound);
        if (!deal.isDeleted()) throw new CrmException(DealError.NOT_DELETED, "This deal is not in the trash.");
        RecordOwnership.requireMayChange(user, deal.getOwnerId(), null);
        deal.restore(user.id());
        deals.flush();
        tallies.changed();
        return history.restored(deal);
    }

    /**
     * {@code before}: the deal as clients saw it before this write; {@code dealPipelineStages}: the stages of
     * the pipeline it is in. Custom field values are checked when the write changes them: a field made
     * required since the deal was saved is asked for when its fields are edited, not when it is dragged
     * to another stage (a stage's own required fields are {@link StageRules}' to ask for).
     */
    private DealResponse change(Deal deal, DealData request, DealResponse before, List<Stage> dealPipelineStages) {
        CurrentUser user = CurrentUser.require();
        Versions.requireCurrent(Deal.class, deal.getId(), request.version(), deal.getVersion());
        DealData data = checked(request.normalized());
        String customFieldsJson = data.customFields().equals(before.customFields()) ? deal.getCustomFields()
                : customFields.checkedJson(data.customFields(), false);
        UUID owner = data.ownerId() == null ? deal.getOwnerId() : data.ownerId();
        RecordOwnership.requireMayChange(user, deal.getOwnerId(), owner);
        Stage current = stages.findById(deal.getStageId()).orElseThrow();
        UUID pipelineId = data.pipelineId() == null ? deal.getPipelineId() : data.pipelineId();
        List<Stage> pipelineStages = pipelineId.equals(deal.getPipelineId()) ? dealPipelineStages : stagesOf(pipelineId);
        Stage target = targetOf(pipelineStages, current, deal.getStatus(), data);
        boolean moving = !target.getId().equals(current.getId());
        if (moving) StageRules.requireMove(current, target, data, pipelineStages);
        DealStatus statusBefore = deal.getStatus();
        deal.update(data, owner, customFieldsJson, user.id());
        if (moving) moves.enter(deal, current, target);
        deals.flush();
        tallies.changed();
        // the change's event, its audit entry and the move's events: one round trip to the outbox
        return events.batched(() -> {
            DealResponse after = history.updated(deal, before, views.after(deal, before));
            if (moving) moves.announce(deal, current, target, statusBefore);
            return after;
        });
    }

    /**
     * The stage a write puts the deal in: the one named, else the one its status asks for (closing a
     * deal by status moves it to the pipeline's first stage with that outcome), else where it is
     * (or, new or moved to another pipeline, the first open stage).
     */
    private static Stage targetOf(List<Stage> pipelineStages, Stage current, DealStatus currentStatus, DealData data) {
        boolean samePipeline = current != null && current.getPipelineId().equals(pipelineStages.get(0).getPipelineId());
        if (data.stageId() != null && !(samePipeline && data.stageId().equals(current.getId()))) {
            Stage named = pipelineStages.stream().filter(s -> s.getId().equals(data.stageId())).findFirst()
                    .orElseThrow(() -> CrmException.onField(DealError.STAGE_NOT_IN_PIPELINE, "stageId", "This stage is not one of the deal's pipeline."));
            if (data.status() != null && data.status() != currentStatus && data.status() != DealStatus.of(named.getOutcome())) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, "status",
                        "A deal in " + named.getName() + " is " + DealStatus.of(named.getOutcome()) + ", not " + data.status() + ".");
            }
            return named;
        }
        DealStatus wanted = data.status() == null || data.status() == currentStatus ? null : data.status();
        if (samePipeline && wanted == null) return current;
        if (wanted == DealStatus.OPEN && current != null && samePipeline) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "stageId", "Name the stage to reopen the deal in.");
        }
        DealStatus status = wanted == null ? DealStatus.OPEN : wanted;
        return pipelineStages.stream().filter(s -> DealStatus.of(s.getOutcome()) == status).min(Comparator.comparingInt(Stage::getPosition))
                .orElseThrow(() -> CrmException.onField(CommonError.VALIDATION_FAILED, "status", "This pipeline has no stage for " + status + " deals."));
    }

    /** Why {@code deal} may not become {@code move} in {@code target} (fields named {@code <dealId>.<field>}); empty when it may. */
    private static List<FieldProblem> refusalsOfMove(Deal deal, DealData move, Stage target, List<Stage> pipelineStages) {
        String prefix = deal.getId() + ".";
        if (!target.getPipelineId().equals(deal.getPipelineId())) {
            return List.of(new FieldProblem(prefix + "stageId", deal.getName() + " is in another pipeline."));
        }
        if (target.getId().equals(deal.getStageId())) return List.of();
        Stage current = pipelineStages.stream().filter(s -> s.getId().equals(deal.getStageId())).findFirst().orElseThrow();
        return StageRules.transitionRefusal(current, target, pipelineStages)
                .map(refusal -> List.of(new FieldProblem(prefix + "stageId", deal.getName() + ": " + refusal)))
                .orElseGet(() -> StageRules.missingToEnter(target, move, prefix));
    }

    private List<Stage> stagesOf(UUID pipelineId) {
        List<Stage> found = stages.findByPipelineIdOrderByPositionAsc(pipelineId);
        if (found.isEmpty()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "pipelineId", "No such pipeline in your organization.");
        return found;
    }

    /** Rules beyond single fields: a known currency (custom fields are checked against their definitions, {@link DealCustomFields}). */
    private static DealData checked(DealData data) {
        try {
            Currency.getInstance(data.currency());
        } catch (IllegalArgumentException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "currency", data.currency() + " is not an ISO 4217 currency.");
        }
        return data;
    }

    private Deal live(UUID id) {
        return deals.findById(id).filter(deal -> !deal.isDeleted()).orElseThrow(DealService::notFound);
    }

    private static CrmException notFound() {
        return new CrmException(DealError.DEAL_NOT_FOUND, "No such deal in your organization.");
    }

    private static DealChanged changed(Deal d) {
        return new DealChanged(d.getId(), d.getName(), d.getValue(), d.getCurrency(), d.getPipelineId(), d.getStageId(),
                d.getStatus().name(), d.getContactId(), d.getCompanyId(), d.getOwnerId(), d.getExpectedCloseDate());
    }
}
