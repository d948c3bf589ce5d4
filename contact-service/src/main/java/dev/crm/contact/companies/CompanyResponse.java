package dev.crm.contact.companies;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A company as clients see it. */
public record CompanyResponse(
        UUID id, String name, String domain, String industry, String size, String website, UUID parentId, UUID ownerId,
        Map<String, Object> customFields, UUID createdBy, UUID updatedBy, Instant createdAt, Instant updatedAt,
        Instant deletedAt, long version) {}
