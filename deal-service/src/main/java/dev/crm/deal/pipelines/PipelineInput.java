package dev.crm.deal.pipelines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new pipeline (with its stages, or the default ones) or a changed one (name, default; with its {@code version}). */
public record PipelineInput(
        @NotBlank @Size(max = 100) String name,
        Boolean isDefault,
        @Size(min = 1, max = 50) List<@Valid StageInput> stages,
        Long version) {}
