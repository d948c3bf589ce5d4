package dev.crm.deal.analytics;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The query parameters every analytics route takes: pipeline, owner, period (dates, inclusive). */
record AnalyticsFilter(UUID pipelineId, UUID ownerId, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                       @DateTimeFormat(iso = ISO.DATE) LocalDate to) {}
