package dev.crm.deal.deals;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Moves several deals to one stage at once: all of them or none. */
public record BulkMove(@NotEmpty @Size(max = 100) List<@NotNull UUID> dealIds, @NotNull UUID stageId, @Size(max = 500) String lostReason) {}
