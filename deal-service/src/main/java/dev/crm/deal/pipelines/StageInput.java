package dev.crm.deal.pipelines;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What an admin writes of a stage; {@code position} only when adding one (default: last), {@code version} when changing one. */
public record StageInput(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Min(0) @Max(100) Integer probability,
        StageOutcome outcome,
        @Min(1) @Max(3650) Integer rottingDays,
        @Size(max = 5) List<@NotNull RequiredField> requiredFields,
        @Size(max = 50) List<@NotNull UUID> allowedNextStageIds,
        @Min(0) Integer position,
        Long version) {

    List<RequiredField> requiredFieldsOrNone() {
        return requiredFields == null ? List.of() : requiredFields;
    }

    static StageInput of(String name, int probability, StageOutcome outcome, RequiredField... required) {
        return new StageInput(name, probability, outcome, null, List.of(required), null, null, null);
    }
}
