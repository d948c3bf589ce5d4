package dev.crm.common.events.contracts;

import java.math.BigDecimal;
import java.util.UUID;

/** deal-service: a deal moved from one stage to another (by anyone, through any route); names as they were then. */
public record DealStageChanged(UUID dealId, String name, UUID pipelineId, UUID fromStageId, String fromStageName,
                               UUID toStageId, String toStageName, String status, UUID ownerId, UUID contactId,
                               UUID companyId, BigDecimal value, String currency) {}
