package dev.crm.deal.deals;

import dev.crm.common.web.Ids;
import dev.crm.deal.pipelines.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stage a deal entered: from where, who moved it and when; {@code leftAt} once it moved on. */
@Entity
@Table(name = "deal_stage_history")
class StageChange {

    @Id
    private UUID id;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private UUID dealId;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private UUID pipelineId;

    @Column(name = "from_stage_id", updatable = false)
    private UUID fromStageId;

    @Column(name = "from_stage", updatable = false)
    private String fromStageName;

    @Column(name = "to_stage_id", nullable = false, updatable = false)
    private UUID toStageId;

    @Column(name = "to_stage", nullable = false, updatable = false)
    private String toStageName;

    @Column(name = "changed_by", updatable = false)
    private UUID changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected StageChange() {}

    StageChange(UUID dealId, Stage from, Stage to, UUID by, Instant at) {
        this.id = Ids.newId();
        this.dealId = dealId;
        this.pipelineId = to.getPipelineId();
        this.fromStageId = from == null ? null : from.getId();
        this.fromStageName = from == null ? null : from.getName();
        this.toStageId = to.getId();
        this.toStageName = to.getName();
        this.changedBy = by;
        this.changedAt = at;
    }

    UUID getId() { return id; }
    UUID getFromStageId() { return fromStageId; }
    String getFromStageName() { return fromStageName; }
    UUID getToStageId() { return toStageId; }
    String getToStageName() { return toStageName; }
    UUID getChangedBy() { return changedBy; }
    Instant getChangedAt() { return changedAt; }
    Instant getLeftAt() { return leftAt; }
}
