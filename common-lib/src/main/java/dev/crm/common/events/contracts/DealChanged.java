package dev.crm.common.events.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** deal-service: a deal was created, changed, moved to the trash or restored; what other services show of it. */
public record DealChanged(UUID dealId, String name, BigDecimal value, String currency, UUID pipelineId, UUID stageId,
                          String status, UUID contactId, UUID companyId, UUID ownerId, LocalDate expectedCloseDate) {}
