package dev.crm.deal.pipelines;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A stage as clients see it. */
public record StageResponse(UUID id, UUID pipelineId, String name, int position, int probability, StageOutcome outcome,
                            Integer rottingDays, Set<RequiredField> requiredFields, List<UUID> allowedNextStageIds, long version) {

    static StageResponse of(Stage s) {
        return new StageResponse(s.getId(), s.getPipelineId(), s.getName(), s.getPosition(), s.getProbability(), s.getOutcome(),
                s.getRottingDays(), s.getRequiredFields(), s.getAllowedNextStageIds(), s.getVersion());
    }
}
