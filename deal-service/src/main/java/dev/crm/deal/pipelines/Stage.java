package dev.crm.deal.pipelines;

import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A step of a pipeline, with its rules: the probability that a deal in it is won, what entering it
 * makes of a deal ({@link StageOutcome}), the fields a deal needs to enter it, the stages a deal may
 * move on to, and how many days a deal may sit in it before it is "rotting".
 */
@Entity
@Table(name = "stages")
public class Stage {

    /** SQL: deal {@code d} in stage {@code s} is rotting (see {@link #getRottingDays()}). */
    public static final String ROTTING_SQL =
            "d.status = 'OPEN' and s.rotting_days is not null and d.stage_entered_at < now() - make_interval(days => s.rotting_days)";

    @Id
    private UUID id;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private UUID pipelineId;

    private String name;

    private int position;

    private int probability;

    @Enumerated(EnumType.STRING)
    private StageOutcome outcome;

    @Column(name = "rotting_days")
    private Integer rottingDays;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_fields", nullable = false)
    private String[] requiredFields;

    /** Null: any stage of the pipeline. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_next_stage_ids")
    private UUID[] allowedNextStageIds;

    @Version
    private long version;

    protected Stage() {}

    Stage(UUID pipelineId, int position, StageInput input) {
        this.id = Ids.newId();
        this.pipelineId = pipelineId;
        this.position = position;
        update(input);
    }

    void update(StageInput input) {
        this.name = input.name().strip();
        this.probability = input.probability();
        this.outcome = input.outcome();
        this.rottingDays = input.rottingDays();
        this.requiredFields = input.requiredFieldsOrNone().stream().distinct().map(RequiredField::name).toArray(String[]::new);
        this.allowedNextStageIds = input.allowedNextStageIds() == null ? null
                : input.allowedNextStageIds().stream().distinct().toArray(UUID[]::new);
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** Forgets a removed stage among the ones deals may move on to. */
    void forgetNext(UUID removed) {
        if (allowedNextStageIds == null) return;
        allowedNextStageIds = Arrays.stream(allowedNextStageIds).filter(s -> !s.equals(removed)).toArray(UUID[]::new);
    }

    public boolean allowsMoveTo(UUID target) {
        return allowedNextStageIds == null || Arrays.asList(allowedNextStageIds).contains(target);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public UUID getId() { return id; }
    public UUID getPipelineId() { return pipelineId; }
    public String getName() { return name; }
    public int getPosition() { return position; }
    public int getProbability() { return probability; }
    public StageOutcome getOutcome() { return outcome; }
    public Integer getRottingDays() { return rottingDays; }

    public Set<RequiredField> getRequiredFields() {
        return Arrays.stream(requiredFields).map(RequiredField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredField.class)));
    }

    /** Null: any stage of the pipeline. */
    public List<UUID> getAllowedNextStageIds() {
        return allowedNextStageIds == null ? null : List.of(allowedNextStageIds);
    }

    public long getVersion() { return version; }
}
