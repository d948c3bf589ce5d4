package dev.crm.common.events.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** deal-service: a deal entered a won or lost stage; {@code cycleDays} from its creation to now. */
public record DealClosed(UUID dealId, String name, UUID pipelineId, UUID stageId, UUID ownerId, UUID contactId,
                         UUID companyId, BigDecimal value, String currency, String lostReason, Instant closedAt,
                         long cycleDays) {}
