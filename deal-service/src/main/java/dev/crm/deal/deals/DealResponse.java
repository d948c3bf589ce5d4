package dev.crm.deal.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A deal as clients see it. {@code contactName}/{@code companyName} are what the deal-service last heard
 * of the linked records; {@code contactDeleted}/{@code companyDeleted} say they are in the trash.
 */
public record DealResponse(UUID id, String name, BigDecimal value, String currency, UUID pipelineId, UUID stageId,
                           DealStatus status, UUID contactId, String contactName, boolean contactDeleted,
                           UUID companyId, String companyName, boolean companyDeleted, UUID ownerId,
                           LocalDate expectedCloseDate, String lostReason, Instant closedAt, Instant stageEnteredAt,
                           boolean rotting, Map<String, Object> customFields, UUID createdBy, UUID updatedBy,
                           Instant createdAt, Instant updatedAt, long version) {}
