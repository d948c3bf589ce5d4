package dev.crm.deal.deals;

import dev.crm.common.persistence.OwnedRecord;
import dev.crm.deal.pipelines.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity to sell: its value, where it stands in its pipeline, and who and what it concerns. */
@Entity
@Table(name = "deals")
class Deal extends OwnedRecord {

    private String name;

    private BigDecimal value;

    private String currency;

    @Column(name = "pipeline_id", nullable = false)
    private UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    private UUID stageId;

    @Enumerated(EnumType.STRING)
    private DealStatus status;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    protected Deal() {}

    Deal(UUID by) {
        super(by);
    }

    void update(DealData data, UUID owner, String customFieldsJson, UUID by) {
        this.name = data.name();
        this.value = data.value();
        this.currency = data.currency();
        this.contactId = data.contactId();
        this.companyId = data.companyId();
        this.expectedCloseDate = data.expectedCloseDate();
        this.lostReason = data.lostReason();
        changed(owner, customFieldsJson, by);
    }

    /** Puts the deal into {@code stage} at {@code at}: its status follows the stage; closing stamps the time, reopening clears it. */
    void enter(Stage stage, Instant at) {
        this.pipelineId = stage.getPipelineId();
        this.stageId = stage.getId();
        this.stageEnteredAt = at;
        DealStatus next = DealStatus.of(stage.getOutcome());
        if (next != status) closedAt = next == DealStatus.OPEN ? null : at;
        this.status = next;
    }

    /** Open and in its stage longer than the stage allows. */
    boolean isRotting(Stage stage, Instant now) {
        return status == DealStatus.OPEN && stage.getRottingDays() != null
                && stageEnteredAt.plus(Duration.ofDays(stage.getRottingDays())).isBefore(now);
    }

    String getName() { return name; }
    BigDecimal getValue() { return value; }
    String getCurrency() { return currency; }
    UUID getPipelineId() { return pipelineId; }
    UUID getStageId() { return stageId; }
    DealStatus getStatus() { return status; }
    UUID getContactId() { return contactId; }
    UUID getCompanyId() { return companyId; }
    LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    String getLostReason() { return lostReason; }
    Instant getClosedAt() { return closedAt; }
    Instant getStageEnteredAt() { return stageEnteredAt; }
}
