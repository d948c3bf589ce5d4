package dev.crm.deal.pipelines;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.common.web.Page;
import dev.crm.common.web.Versions;
import dev.crm.deal.DealError;
import dev.crm.deal.deals.StageOccupants;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipelines and their stages: what admins set up and every deal follows. Each change is one
 * transaction with an audit entry of the pipeline before and after.
 */
@Service
public class PipelineService {

    private static final String ENTITY = "pipeline";

    private final PipelineRepository pipelines;
    private final StageRepository stages;
    private final StageOccupants occupants;
    private final AuditTrail audit;

    PipelineService(PipelineRepository pipelines, StageRepository stages, StageOccupants occupants, AuditTrail audit) {
        this.pipelines = pipelines;
        this.stages = stages;
        this.occupants = occupants;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<PipelineResponse> list() {
        Map<UUID, List<Stage>> byPipeline = stages.findAllByOrderByPositionAsc().stream()
                .collect(Collectors.groupingBy(Stage::getPipelineId));
        return new Page<>(pipelines.findAllByOrderByPositionAscIdAsc().stream()
                .map(p -> PipelineResponse.of(p, byPipeline.getOrDefault(p.getId(), List.of()))).toList(), null);
    }

    @Transactional(readOnly = true)
    public PipelineResponse get(UUID id) {
        return view(pipeline(id));
    }

    /** The pipeline a deal goes to when none is named: the default one (or the first, should none be marked). */
    @Transactional(readOnly = true)
    public Pipeline defaultPipeline() {
        return pipelines.findByIsDefaultTrue().or(() -> pipelines.findAllByOrderByPositionAscIdAsc().stream().findFirst())
                .orElseThrow(() -> new CrmException(DealError.PIPELINE_NOT_FOUND, "Your organization has no pipeline yet."));
    }

    /** The default pipeline of a new organization; nothing when it has one already (the event came twice). */
    @Transactional
    public void createDefaultIfNone() {
        if (pipelines.count() > 0) return;
        Pipeline pipeline = pipelines.save(new Pipeline(DefaultStages.PIPELINE_NAME, 0, true));
        addAll(pipeline, DefaultStages.STAGES);
        audit.record("CREATED", ENTITY, pipeline.getId(), null, view(pipeline));
    }

    @Transactional
    public PipelineResponse create(PipelineInput input) {
        String name = input.name().strip();
        requireUniqueName(name, null);
        List<StageInput> stageInputs = input.stages() == null ? DefaultStages.STAGES : input.stages();
        requireValidNewStages(stageInputs);
        boolean isDefault = pipelines.count() == 0 || Boolean.TRUE.equals(input.isDefault());
        if (isDefault) clearDefault();
        Pipeline pipeline = pipelines.save(new Pipeline(name, pipelines.maxPosition() + 1, isDefault));
        addAll(pipeline, stageInputs);
        PipelineResponse created = view(pipeline);
        audit.record("CREATED", ENTITY, pipeline.getId(), null, created);
        return created;
    }

    /** Renames it and, with {@code isDefault: true}, makes it the default one. */
    @Transactional
    public PipelineResponse update(UUID id, PipelineInput input) {
        Versions.requireSent(input.version());
        Pipeline pipeline = pipeline(id);
        Versions.requireCurrent(Pipeline.class, id, input.version(), pipeline.getVersion());
        if (input.stages() != null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "stages", "Change stages through /api/pipelines/{id}/stages.");
        }
        PipelineResponse before = view(pipeline);
        String name = input.name().strip();
        requireUniqueName(name, id);
        pipeline.rename(name);
        if (Boolean.TRUE.equals(input.isDefault()) && !pipeline.isDefault()) {
            clearDefault();
            pipeline.setDefault(true);
        } else if (Boolean.FALSE.equals(input.isDefault()) && pipeline.isDefault()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "isDefault", "Make another pipeline the default one instead.");
        }
        pipelines.flush();
        return changed(pipeline, before);
    }

    @Transactional
    public void delete(UUID id) {
        Pipeline pipeline = pipeline(id);
        long deals = occupants.inPipeline(id);
        if (deals > 0) {
            throw new CrmException(DealError.PIPELINE_HAS_DEALS, pipeline.getName() + " holds " + deals
                    + (deals == 1 ? " deal" : " deals") + " (counting the trash): move or delete them first.");
        }
        if (pipelines.count() == 1) {
            throw new CrmException(DealError.LAST_PIPELINE, "An organization keeps at least one pipeline.");
        }
        PipelineResponse before = view(pipeline);
        stages.deleteAll(stages.findByPipelineIdOrderByPositionAsc(id));
        pipelines.delete(pipeline);
        pipelines.flush();
        if (pipeline.isDefault()) {
            pipelines.findAllByOrderByPositionAscIdAsc().stream().findFirst().ifPresent(next -> next.setDefault(true));
        }
        audit.record("DELETED", ENTITY, id, before, null);
    }

    @Transactional(readOnly = true)
    public Page<StageResponse> stages(UUID pipelineId) {
        pipeline(pipelineId);
        return new Page<>(stages.findByPipelineIdOrderByPositionAsc(pipelineId).stream().map(StageResponse::of).toList(), null);
    }

    @Transactional
    public StageResponse addStage(UUID pipelineId, StageInput input) {
        Pipeline pipeline = pipeline(pipelineId);
        PipelineResponse before = view(pipeline);
        List<Stage> current = new ArrayList<>(stages.findByPipelineIdOrderByPositionAsc(pipelineId));
        requireValid(input, null, current);
        int position = input.position() == null ? current.size() : Math.min(input.position(), current.size());
        Stage stage = new Stage(pipelineId, position, input);
        current.add(position, stage);
        renumber(current);
        stages.saveAll(current);
        stages.flush();
        changed(pipeline, before);
        return StageResponse.of(stage);
    }

    @Transactional
    public StageResponse updateStage(UUID pipelineId, UUID stageId, StageInput input) {
        Versions.requireSent(input.version());
        Pipeline pipeline = pipeline(pipelineId);
        List<Stage> current = stages.findByPipelineIdOrderByPositionAsc(pipelineId);
        Stage stage = stageOf(current, stageId);
        Versions.requireCurrent(Stage.class, stageId, input.version(), stage.getVersion());
        requireValid(input, stage, current);
        if (input.outcome() != stage.getOutcome() && occupants.inStage(stageId) > 0) {
            throw new CrmException(DealError.STAGE_HAS_DEALS,
                    "Deals are in " + stage.getName() + ": move them before changing whether it wins or loses them.");
        }
        PipelineResponse before = view(pipeline);
        stage.update(input);
        requireAnOpenStage(current);
        stages.flush();
        changed(pipeline, before);
        return StageResponse.of(stage);
    }

    /** {@code stageIds}: every stage of the pipeline, in the new order. */
    @Transactional
    public PipelineResponse reorder(UUID pipelineId, List<UUID> stageIds) {
        Pipeline pipeline = pipeline(pipelineId);
        List<Stage> current = stages.findByPipelineIdOrderByPositionAsc(pipelineId);
        Set<UUID> known = current.stream().map(Stage::getId).collect(Collectors.toSet());
        if (stageIds == null || stageIds.size() != known.size() || !known.equals(new HashSet<>(stageIds))) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "stageIds", "Name every stage of the pipeline once, in the new order.");
        }
        PipelineResponse before = view(pipeline);
        current.forEach(s -> s.moveTo(stageIds.indexOf(s.getId())));
        stages.flush();
        return changed(pipeline, before);
    }

    /** Removes a stage; its deals (if any) move to {@code moveDealsTo}, a stage of the same pipeline and outcome. */
    @Transactional
    public void deleteStage(UUID pipelineId, UUID stageId, UUID moveDealsTo) {
        Pipeline pipeline = pipeline(pipelineId);
        List<Stage> current = new ArrayList<>(stages.findByPipelineIdOrderByPositionAsc(pipelineId));
        Stage stage = stageOf(current, stageId);
        PipelineResponse before = view(pipeline);
        long deals = occupants.inStage(stageId);
        if (deals > 0) {
            if (moveDealsTo == null) {
                throw new CrmException(DealError.STAGE_HAS_DEALS, stage.getName() + " holds " + deals
                        + (deals == 1 ? " deal" : " deals") + " (counting the trash): name a stage to move them to.");
            }
            Stage target = current.stream().filter(s -> s.getId().equals(moveDealsTo) && !s.getId().equals(stageId)).findFirst()
                    .orElseThrow(() -> CrmException.onField(CommonError.VALIDATION_FAILED, "moveDealsTo", "Name another stage of this pipeline."));
            if (target.getOutcome() != stage.getOutcome()) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, "moveDealsTo",
                        "Move the deals to a stage that " + outcomeWords(stage.getOutcome()) + ", as " + stage.getName() + " does.");
            }
            occupants.moveAll(stage, target);
        }
        current.remove(stage);
        requireAnOpenStage(current);
        current.forEach(s -> s.forgetNext(stageId));
        renumber(current);
        stages.delete(stage);
        stages.flush();
        changed(pipeline, before);
    }

    private void addAll(Pipeline pipeline, List<StageInput> inputs) {
        List<Stage> created = new ArrayList<>();
        for (StageInput input : inputs) created.add(new Stage(pipeline.getId(), created.size(), input));
        stages.saveAll(created);
        stages.flush();
    }

    private PipelineResponse changed(Pipeline pipeline, PipelineResponse before) {
        PipelineResponse after = view(pipeline);
        audit.record("UPDATED", ENTITY, pipeline.getId(), before, after);
        return after;
    }

    private PipelineResponse view(Pipeline pipeline) {
        return PipelineResponse.of(pipeline, stages.findByPipelineIdOrderByPositionAsc(pipeline.getId()));
    }

    private Pipeline pipeline(UUID id) {
        return pipelines.findById(id).orElseThrow(() -> new CrmException(DealError.PIPELINE_NOT_FOUND, "No such pipeline in your organization."));
    }

    private static Stage stageOf(List<Stage> stages, UUID stageId) {
        return stages.stream().filter(s -> s.getId().equals(stageId)).findFirst()
                .orElseThrow(() -> new CrmException(DealError.STAGE_NOT_FOUND, "No such stage in this pipeline."));
    }

    private void clearDefault() {
        pipelines.findByIsDefaultTrue().ifPresent(p -> {
            p.setDefault(false);
            pipelines.flush();
        });
    }

    private void requireUniqueName(String name, UUID self) {
        if (pipelines.existsByNameIgnoreCaseAndIdNot(name, self == null ? new UUID(0, 0) : self)) {
            throw CrmException.onField(DealError.PIPELINE_EXISTS, "name", "Another pipeline is called " + name + ".");
        }
    }

    /** A new pipeline's stages: distinct names, one open stage at least, no next stages (they have no ids yet). */
    private static void requireValidNewStages(List<StageInput> inputs) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            StageInput input = inputs.get(i);
            if (!names.add(input.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem("stages[" + i + "].name", "Another stage is called " + input.name().strip() + "."));
            }
            if (input.allowedNextStageIds() != null) {
                problems.add(new FieldProblem("stages[" + i + "].allowedNextStageIds", "Set the next stages once the stages exist."));
            }
        }
        if (inputs.stream().noneMatch(s -> s.outcome() == null)) {
            problems.add(new FieldProblem("stages", "A pipeline needs a stage for open deals."));
        }
        if (!problems.isEmpty()) throw new CrmException(CommonError.VALIDATION_FAILED, problems.get(0).message(), problems, Map.of());
    }

    /** A stage's name is unique in its pipeline; its next stages are other stages of the pipeline. */
    private static void requireValid(StageInput input, Stage self, List<Stage> pipelineStages) {
        String name = input.name().strip();
        boolean taken = pipelineStages.stream().anyMatch(s -> s != self && s.getName().equalsIgnoreCase(name));
        if (taken) throw CrmException.onField(DealError.STAGE_EXISTS, "name", "Another stage of this pipeline is called " + name + ".");
        if (input.allowedNextStageIds() == null) return;
        Set<UUID> ids = pipelineStages.stream().map(Stage::getId).collect(Collectors.toSet());
        for (UUID next : input.allowedNextStageIds()) {
            if (!ids.contains(next) || (self != null && next.equals(self.getId()))) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, "allowedNextStageIds", "Name other stages of this pipeline.");
            }
        }
    }

    private static void requireAnOpenStage(List<Stage> pipelineStages) {
        if (pipelineStages.stream().noneMatch(Stage::isOpen)) {
            throw new CrmException(DealError.LAST_STAGE, "A pipeline keeps at least one stage for open deals.");
        }
    }

    private static void renumber(List<Stage> ordered) {
        for (int i = 0; i < ordered.size(); i++) ordered.get(i).moveTo(i);
    }

    private static String outcomeWords(StageOutcome outcome) {
        return outcome == null ? "holds open deals" : outcome == StageOutcome.WON ? "wins deals" : "loses deals";
    }
}
