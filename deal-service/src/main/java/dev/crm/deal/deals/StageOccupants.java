package dev.crm.deal.deals;

import dev.crm.deal.pipelines.Stage;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The deals in a stage or pipeline, as pipeline changes need to know them: how many, and moving them all. */
@Component
public class StageOccupants {

    private final DealRepository deals;
    private final StageMoves moves;
    private final BoardTallies tallies;

    StageOccupants(DealRepository deals, StageMoves moves, BoardTallies tallies) {
        this.deals = deals;
        this.moves = moves;
        this.tallies = tallies;
    }

    /** Deals in the stage, the trash included. */
    public long inStage(UUID stageId) {
        return deals.countByStageId(stageId);
    }

    /** Deals in the pipeline, the trash included. */
    public long inPipeline(UUID pipelineId) {
        return deals.countByPipelineId(pipelineId);
    }

    /** Moves every deal of {@code from} (the trash included) to {@code to}, each move in the deal's history and events. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveAll(Stage from, Stage to) {
        for (Deal deal : deals.findByStageId(from.getId())) moves.move(deal, from, to);
        deals.flush();
        tallies.changed();
    }
}
