package dev.crm.deal.deals;

import java.time.Instant;
import java.util.UUID;

/** One entry of a deal's stage history as clients see it. */
public record StageChangeResponse(UUID id, UUID fromStageId, String fromStageName, UUID toStageId, String toStageName,
                                  UUID changedBy, Instant changedAt, Instant leftAt) {

    static StageChangeResponse of(StageChange c) {
        return new StageChangeResponse(c.getId(), c.getFromStageId(), c.getFromStageName(), c.getToStageId(), c.getToStageName(),
                c.getChangedBy(), c.getChangedAt(), c.getLeftAt());
    }
}
