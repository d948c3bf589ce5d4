package dev.crm.communication.templates;

import java.time.Instant;
import java.util.UUID;

/** A template as clients see it. */
public record TemplateView(UUID id, String name, String subject, String body, UUID createdBy, UUID updatedBy, Instant createdAt,
                           Instant updatedAt, long version) {}
