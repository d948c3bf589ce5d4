package dev.crm.deal.pipelines;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pipeline as clients see it, with its stages in order. */
public record PipelineResponse(UUID id, String name, int position, boolean isDefault, List<StageResponse> stages,
                               Instant createdAt, Instant updatedAt, long version) {

    static PipelineResponse of(Pipeline p, List<Stage> stages) {
        return new PipelineResponse(p.getId(), p.getName(), p.getPosition(), p.isDefault(),
                stages.stream().map(StageResponse::of).toList(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }
}
