package dev.crm.deal.pipelines;

import dev.crm.common.web.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/pipelines}: every member reads them; admins set them up. */
@RestController
@RequestMapping("/api/pipelines")
class PipelineController {

    record StageOrder(@NotNull List<@NotNull UUID> stageIds) {}

    private final PipelineService pipelines;

    PipelineController(PipelineService pipelines) {
        this.pipelines = pipelines;
    }

    @GetMapping
    Page<PipelineResponse> list() {
        return pipelines.list();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PipelineResponse> create(@Valid @RequestBody PipelineInput input) {
        PipelineResponse created = pipelines.create(input);
        return ResponseEntity.created(URI.create("/api/pipelines/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    PipelineResponse get(@PathVariable UUID id) {
        return pipelines.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    PipelineResponse update(@PathVariable UUID id, @Valid @RequestBody PipelineInput input) {
        return pipelines.update(id, input);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        pipelines.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/stages")
    Page<StageResponse> stages(@PathVariable UUID id) {
        return pipelines.stages(id);
    }

    @PostMapping("/{id}/stages")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<StageResponse> addStage(@PathVariable UUID id, @Valid @RequestBody StageInput input) {
        StageResponse created = pipelines.addStage(id, input);
        return ResponseEntity.created(URI.create("/api/pipelines/" + id + "/stages/" + created.id())).body(created);
    }

    @PutMapping("/{id}/stages/order")
    @PreAuthorize("hasRole('ADMIN')")
    PipelineResponse reorder(@PathVariable UUID id, @Valid @RequestBody StageOrder order) {
        return pipelines.reorder(id, order.stageIds());
    }

    @PutMapping("/{id}/stages/{stageId}")
    @PreAuthorize("hasRole('ADMIN')")
    StageResponse updateStage(@PathVariable UUID id, @PathVariable UUID stageId, @Valid @RequestBody StageInput input) {
        return pipelines.updateStage(id, stageId, input);
    }

    @DeleteMapping("/{id}/stages/{stageId}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deleteStage(@PathVariable UUID id, @PathVariable UUID stageId, @RequestParam(required = false) UUID moveDealsTo) {
        pipelines.deleteStage(id, stageId, moveDealsTo);
        return ResponseEntity.noContent().build();
    }
}
